import { formatCount, formatMoney, formatNumber, pluralize } from '@/lib/format';
import type { Campaign } from '../api/schemas';
import { clusterIndex, clusterLabel, type ClusterInfo } from '../lib/clusters';
import { summarizeCampaigns } from '../lib/campaign-summary';
import { campaignStateLabel } from '../lib/labels';

const LISTED = 6;

/** What a reset loses, in words: how many campaigns, their budget and spend, and which ones. */
export function ResetSummary({ title, campaigns, clusters, currency }: {
  title: string;
  /** undefined when the campaigns could not be loaded */
  campaigns: readonly Campaign[] | undefined;
  clusters: readonly ClusterInfo[] | undefined;
  currency: string | null;
}) {
  if (!campaigns) {
    return (
      <p>
        This deletes <strong>all campaigns</strong> of “{title}”. The campaign list could not be loaded, so how many
        and what they have spent is unknown. This cannot be undone.
      </p>
    );
  }
  if (campaigns.length === 0) {
    return <p>“{title}” has no campaigns: the reset only sets its campaign status back to Open.</p>;
  }
  const total = summarizeCampaigns(campaigns);
  const index = clusterIndex(clusters);
  return (
    <>
      <p>
        This <strong>deletes {formatCount(total.count, 'campaign', 'campaigns')}</strong> of “{title}” with a total budget of{' '}
        <strong>{formatMoney(total.budget, currency)}</strong>
        {total.spent !== null && <>, of which <strong>{formatMoney(total.spent, currency)}</strong> has been spent</>}.
        {total.running > 0 && (total.count === 1
          ? ' It is still running and will stop.'
          : ` ${formatNumber(total.running)} of them ${pluralize(total.running, 'is', 'are')} still running and will stop.`)}
      </p>
      <ul className="wave-reset-list">
        {campaigns.slice(0, LISTED).map((c, i) => (
          <li key={`${c.tc}-${i}`}>
            {clusterLabel(c.tc, index)} — {campaignStateLabel(c.status).label.toLowerCase()}, budget {formatMoney(c.budget, currency)}, spent{' '}
            {formatMoney(c.spent, currency)}
          </li>
        ))}
        {campaigns.length > LISTED && <li>…and {formatNumber(campaigns.length - LISTED)} more</li>}
      </ul>
      <p>Their audiences, budgets and creatives are removed and the campaign status goes back to Open. This cannot be undone.</p>
    </>
  );
}
