import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '@/components/ui/skeleton';
import { isCalendarDay, type Day } from '@/lib/dates';
import { formatCount, formatDay, formatDayRange, formatMoney } from '@/lib/format';
import { isKnown } from '@/lib/schemas/tolerant';
import { waveQueries } from '../api/queries';
import { CAMPAIGN_GOALS } from '../api/schemas';
import { clusterIndex, clusterLabel, type ClusterInfo } from '../lib/clusters';
import { GOAL_LABELS } from '../lib/suggestion-form';

/**
 * What "Start campaigns" sets live, in words: starting an event without campaigns creates them
 * from its default campaign parameters (one campaign per default cluster, the total budget split
 * between them — contract §4.4, mock campaign-writes), so the confirmation reads those.
 */
export function StartSummary({ eid, title, clusters, currency, today }: {
  eid: string;
  title: string;
  clusters: readonly ClusterInfo[] | undefined;
  currency: string | null;
  /** the partner's day: a run that starts later starts its ads then, not now */
  today: Day;
}) {
  const defaults = useQuery(waveQueries.defaultCampaignParameters(eid));
  if (defaults.isPending) return <Skeleton height="4.5rem" label="Loading what will start" />;
  const p = defaults.data;
  const later = p?.start_date && isCalendarDay(p.start_date) && p.start_date > today ? p.start_date : null;
  const after = later
    ? `They start showing ads and spending budget on ${formatDay(later)}, when their run begins; you can pause them at any time.`
    : 'They start showing ads and spending budget right away; you can pause them at any time.';
  if (!p) {
    return <p>This starts the campaigns Future Demand prepared for “{title}”. What they will spend could not be loaded. {after}</p>;
  }
  const index = clusterIndex(clusters);
  const names = p.clusters.map((tc) => clusterLabel(tc, index));
  const goal = isKnown(CAMPAIGN_GOALS, p.goal) ? GOAL_LABELS[p.goal] : null;
  return (
    <>
      <p>
        This starts{' '}
        <strong>{names.length > 0 ? formatCount(names.length, 'campaign', 'campaigns') : 'the prepared campaigns'}</strong>{' '}
        for “{title}” with a total budget of <strong>{formatMoney(p.total_budget, currency)}</strong>
        {(p.start_date || p.end_date) && <>, running {formatDayRange(p.start_date, p.end_date)}</>}
        {goal && <>. Goal: {goal}</>}.
      </p>
      {names.length > 0 && (
        <ul className="wave-reset-list" aria-label="Audience clusters to start">
          {names.map((name, i) => <li key={`${p.clusters[i]}-${i}`}>{name}</li>)}
        </ul>
      )}
      <p>{after}</p>
      {/* the suggestions' budget and goal are a what-if: the API has no call that sets them */}
      <p className="muted">These are the settings Future Demand prepared; a budget or goal tried in Audience suggestions is not applied.</p>
    </>
  );
}
