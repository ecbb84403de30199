import { formatDay, formatDayRange, formatMoney, formatNumber, formatPercent, NONE } from '@/lib/format';
import { isCalendarDay } from '@/lib/dates';
import type { Campaign } from '../api/schemas';
import { clusterIndex, clusterLabel, type ClusterInfo } from '../lib/clusters';
import { summarizeCampaigns } from '../lib/campaign-summary';
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

/** The event's campaigns: cluster, status, budget, spend, dates, creative headline; totals in the footer. */
export function CampaignsTable({ campaigns, clusters, currency }: {
  campaigns: readonly Campaign[];
  clusters: readonly ClusterInfo[] | undefined;
  currency: string;
}) {
  const index = clusterIndex(clusters);
  const total = summarizeCampaigns(campaigns);
  return (
    <div className="table-scroll">
      <table className="data-table wave-campaigns">
        <caption className="visually-hidden">Campaigns of this event</caption>
        <thead>
          <tr>
            <th scope="col">Audience cluster</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Budget</th>
            <th scope="col" className="num">Spent</th>
            <th scope="col">Runs</th>
            <th scope="col">Creative</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c, i) => (
            <tr key={`${c.tc}-${c.start_date ?? ''}-${i}`}>
              <th scope="row">{clusterLabel(c.tc, index)}</th>
              <td><StateBadge status={c.status} /></td>
              <td className="num">{formatMoney(c.budget, currency)}</td>
              <td className="num">
                {formatMoney(c.spent, currency)}
                {spentShare(c) !== null && <span className="muted wave-campaigns__share"> ({formatPercent(spentShare(c))})</span>}
              </td>
              <td className="wave-campaigns__dates">{dateRange(c.start_date, c.end_date)}</td>
              <td>
                <div className="wave-campaigns__creative">
                  {c.creative?.headline ? <strong>{c.creative.headline}</strong> : <span className="muted">No creative yet</span>}
                  {c.creative?.body && <span className="muted">{c.creative.body}</span>}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{formatNumber(total.count)} {total.count === 1 ? 'campaign' : 'campaigns'}</th>
            <td>{[`${formatNumber(total.running)} running`, ...(total.paused ? [`${formatNumber(total.paused)} paused`] : [])].join(', ')}</td>
            <td className="num">{formatMoney(total.budget, currency)}</td>
            <td className="num">{formatMoney(total.spent, currency)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
