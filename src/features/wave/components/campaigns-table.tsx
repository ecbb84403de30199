import { formatCount, formatDay, formatDayRange, formatMoney, formatNumber, formatPercent, NONE } from '@/lib/format';
import { isCalendarDay, type Day } from '@/lib/dates';
import type { Campaign } from '../api/schemas';
import { clusterIndex, clusterLabel, type ClusterInfo } from '../lib/clusters';
import { summarizeCampaigns, waitsForItsRun } from '../lib/campaign-summary';
import { StateBadge } from './state-badge';

/** A day as the API sent it if it is not a calendar day (never breaks the table). */
const day = (d: string) => (isCalendarDay(d) ? formatDay(d) : d);

/**
 * The run, the shared month and year said once ("8 – 24 November 2026"); an open end as
 * "from …" / "until …". Days that are not calendar days, or an end before the start, as sent.
 */
function dateRange(start: string | null, end: string | null) {
  if (start && end) return isCalendarDay(start) && isCalendarDay(end) && start <= end ? formatDayRange(start, end) : `${day(start)} – ${day(end)}`;
  if (start) return `from ${day(start)}`;
  return end ? `until ${day(end)}` : NONE;
}

const spentShare = (c: Campaign) => (c.budget && c.spent !== null && c.budget > 0 ? c.spent / c.budget : null);
/** "Running" with all of its budget spent reads as still promoting the event: say it is not. */
const budgetUsedUp = (c: Campaign) => c.status === 'RUNNING' && (spentShare(c) ?? 0) >= 1;

/**
 * The event's campaigns: cluster, status, budget, spend, dates, creative headline; totals in the
 * footer. On phones each campaign is a card (`.table-cards`, hence the explicit table roles).
 */
export function CampaignsTable({ campaigns, clusters, currency, today }: {
  campaigns: readonly Campaign[];
  clusters: readonly ClusterInfo[] | undefined;
  currency: string | null;
  /** the partner's day: a running campaign whose run starts later says so */
  today: Day;
}) {
  const index = clusterIndex(clusters);
  const total = summarizeCampaigns(campaigns);
  return (
    <div className="table-scroll">
      <table className="data-table table-cards wave-campaigns" role="table">
        <caption className="visually-hidden">Campaigns of this event</caption>
        <thead role="rowgroup" className="visually-hidden-narrow">
          <tr role="row">
            <th scope="col" role="columnheader">Audience cluster</th>
            <th scope="col" role="columnheader">Status</th>
            <th scope="col" role="columnheader" className="num">Budget</th>
            <th scope="col" role="columnheader" className="num">Spent</th>
            <th scope="col" role="columnheader">Runs</th>
            <th scope="col" role="columnheader">Creative</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {campaigns.map((c, i) => (
            <tr key={`${c.tc}-${c.start_date ?? ''}-${i}`} role="row">
              <th scope="row" role="rowheader">{clusterLabel(c.tc, index)}</th>
              <td role="cell" data-label="Status">
                <span>
                  <StateBadge status={c.status} />
                  {waitsForItsRun(c, today) && c.start_date && <span className="wave-campaigns__note">No ads before {formatDay(c.start_date)}</span>}
                </span>
              </td>
              <td role="cell" data-label="Budget" className="num">{formatMoney(c.budget, currency)}</td>
              <td role="cell" data-label="Spent" className="num">
                <span>
                  {formatMoney(c.spent, currency)}
                  {spentShare(c) !== null && <span className="muted wave-campaigns__share"> ({formatPercent(spentShare(c))})</span>}
                  {budgetUsedUp(c) && <span className="wave-campaigns__used-up">Budget used up</span>}
                </span>
              </td>
              <td role="cell" data-label="Runs" className="wave-campaigns__dates">{dateRange(c.start_date, c.end_date)}</td>
              <td role="cell" data-label="Creative" className="is-stacked">
                <div className="wave-campaigns__creative">
                  {c.creative?.headline ? <strong>{c.creative.headline}</strong> : <span className="muted">No creative yet</span>}
                  {c.creative?.body && <span className="muted">{c.creative.body}</span>}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot role="rowgroup">
          <tr role="row">
            <th scope="row" role="rowheader">{formatCount(total.count, 'campaign', 'campaigns')}</th>
            <td role="cell" data-label="Status">{[`${formatNumber(total.running)} running`, ...(total.paused ? [`${formatNumber(total.paused)} paused`] : [])].join(', ')}</td>
            <td role="cell" data-label="Budget" className="num">{formatMoney(total.budget, currency)}</td>
            <td role="cell" data-label="Spent" className="num">{formatMoney(total.spent, currency)}</td>
            <td role="cell" colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
