import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { env } from '@/config/env';
import { EventHeader } from '@/components/event/event-header';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { useNow } from '@/lib/use-now';
import { eventDetailQueries } from '@/features/event-detail/api/queries';
import { CampaignResultsCard } from '@/features/attribution/components/campaign-results-card';
import { waveQueries } from '@/features/wave/api/queries';
import { AudienceSuggestions } from '@/features/wave/components/audience-suggestions';
import { CampaignControls } from '@/features/wave/components/campaign-controls';
import { CampaignsPanel } from '@/features/wave/components/campaigns-panel';
import { summarizeCampaigns } from '@/features/wave/lib/campaign-summary';
import { waveLock, waveLockChangesAt } from '@/features/wave/lib/event-phase';
import { today } from '@/lib/dates';
import { usePartner } from './use-partner';
import '../wave.css';

function PageSkeleton() {
  return (
    <section className="page">
      <Skeleton height="9rem" label="Loading the event" />
      <Skeleton height="18rem" label="Loading the controls" />
    </section>
  );
}

export function CampaignDetailPage() {
  const eid = useParams().eid ?? '';
  const event = useQuery(eventDetailQueries.detail(eid));
  const campaigns = useQuery(waveQueries.campaigns(eid));
  const clusters = useQuery(eventDetailQueries.clusters(eid));
  const tickets = useQuery(eventDetailQueries.tickets(eid));
  const { partnerId, partner } = usePartner();
  // the clock as of the last moment the lock could change: a page left open past the start locks itself
  const now = useNow((t) => (event.data ? waveLockChangesAt(event.data, t, env.partnerTimeZone) : null));

  if (event.isPending) return <PageSkeleton />;
  // not pending and nothing to show: the first read failed (a failed refresh keeps what is on screen)
  if (event.data === undefined) {
    return <section className="page"><ErrorPanel title="Could not load this event" error={event.error} onRetry={() => void event.refetch()} /></section>;
  }
  // amounts without a known currency are plain numbers, as on the other pages: never a guessed euro
  const currency = event.data.currency ?? partner.data?.currency ?? null;
  const clusterList = clusters.data?.clusters;
  const spend = campaigns.data ? summarizeCampaigns(campaigns.data).spent : undefined;
  const upcoming = Date.parse(event.data.start_date_time) > now;
  // campaigns start, and setup and optimisation apply, only before the event begins, and never once cancelled
  const locked = waveLock(event.data, now, env.partnerTimeZone);

  const partnerDay = today(env.partnerTimeZone, new Date(now));
  const controls = <CampaignControls key={`controls-${eid}`} event={event.data} readAt={event.dataUpdatedAt} locked={locked} today={partnerDay} campaigns={campaigns.data} clusters={clusterList} currency={currency} />;
  const campaignsPanel = <CampaignsPanel eid={eid} currency={currency} clusters={clusterList} locked={locked} today={partnerDay} />;
  const suggestions = (
    <AudienceSuggestions
      key={`suggest-${eid}`}
      eid={eid}
      currency={currency}
      clusters={clusterList}
      clustersError={clusters.isError && !clusters.data ? clusters.error : undefined}
      onRetryClusters={() => void clusters.refetch()}
      locked={locked}
      turnedOff={partner.data?.campaign_recommendations === false}
      hasCampaigns={(campaigns.data?.length ?? 0) > 0}
    />
  );
  const results = partnerId && (
    <CampaignResultsCard key={`results-${eid}`} eid={eid} partnerId={partnerId} currency={currency} spend={spend} timeZone={env.partnerTimeZone} ticketCategories={tickets.data} />
  );

  return (
    <section className="page wave-page">
      <title>{`${event.data.title} · Campaigns · Future Demand`}</title>
      <Breadcrumb items={[{ label: 'Campaigns', to: '/campaigns' }, { label: event.data.title }]} />
      <EventHeader
        event={event.data}
        timeZone={env.partnerTimeZone}
        actions={<Link className="button" to={`/events/${encodeURIComponent(eid)}`}>Open in Lookout</Link>}
      />
      {upcoming ? (
        <>
          {controls}
          {campaignsPanel}
          <div className="wave-columns">{suggestions}{results}</div>
        </>
      ) : (
        // once the event has begun nothing here can change, and the question is how it went
        <>
          {results}
          {campaignsPanel}
          {controls}
          {suggestions}
        </>
      )}
    </section>
  );
}
