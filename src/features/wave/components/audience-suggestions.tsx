import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { waveQueries } from '../api/queries';
import type { ClusterInfo } from '../lib/clusters';
import { draftFromDefaults } from '../lib/suggestion-form';
import { SuggestionForm } from './suggestion-form';
import type { WaveLock } from '../lib/event-phase';

/**
 * Audience suggestions for a budget and goal, prefilled from default_campaigns_parameters. Not
 * offered (and nothing asked) once campaigns are locked (begun or cancelled), nor for a partner whose account has
 * campaign recommendations off (`campaign_recommendations: false`, contract §3).
 */
export function AudienceSuggestions({ eid, currency, clusters, clustersError, onRetryClusters, locked = null, turnedOff = false, hasCampaigns = false }: {
  eid: string;
  /** the event has campaigns already (running, paused, done): they keep their own settings */
  hasCampaigns?: boolean;
  /** why nothing is left to target (see waveLock) */
  locked?: WaveLock;
  /** the partner's account has campaign recommendations off */
  turnedOff?: boolean;
  currency: string | null;
  clusters: readonly ClusterInfo[] | undefined;
  /** The clusters call failed: labels fall back to the cluster keys, reach and fit are unknown. */
  clustersError?: unknown;
  onRetryClusters?: () => void;
}) {
  const unavailable = turnedOff
    ? 'Audience suggestions are turned off for this account; your Future Demand contact can turn them on.'
    : locked ? `No audience suggestions: ${locked.sentence.charAt(0).toLowerCase()}${locked.sentence.slice(1)}.` : null;
  const defaults = useQuery({ ...waveQueries.defaultCampaignParameters(eid), enabled: !unavailable });
  if (unavailable) {
    return (
      <section className="card wave-panel" aria-labelledby="wave-suggest-title">
        <h2 id="wave-suggest-title">Audience suggestions</h2>
        <p className="muted wave-panel__intro">{unavailable}</p>
      </section>
    );
  }
  return (
    <section className="card wave-panel" aria-labelledby="wave-suggest-title">
      <h2 id="wave-suggest-title">Audience suggestions</h2>
      <p className="muted wave-panel__intro">Which audience clusters to target for a budget and a goal, best first for that goal (ranked by Future Demand, not by fit alone). Trying a budget here changes nothing: {hasCampaigns ? 'this event’s campaigns keep their own budget and audiences.' : 'Start campaigns uses the settings Future Demand prepared.'}</p>
      {defaults.isError && !defaults.data && (
        <ErrorPanel error={defaults.error} title="Could not load the suggested budget and goal" onRetry={() => void defaults.refetch()} />
      )}
      {clustersError !== undefined && clustersError !== null && (
        <ErrorPanel error={clustersError} title="Cluster details (names, reach, fit) could not be loaded" onRetry={onRetryClusters} />
      )}
      {defaults.isPending ? (
        <Skeleton height={340} label="Loading the suggested budget and goal" />
      ) : (
        <SuggestionForm
          /* remount once when the defaults arrive late; a refetch never wipes what was typed */
          key={defaults.data ? 'defaults' : 'no-defaults'}
          eid={eid}
          currency={currency}
          initial={draftFromDefaults(defaults.data)}
          clusters={clusters}
        />
      )}
    </section>
  );
}
