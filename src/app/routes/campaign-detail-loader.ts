import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { session } from '@/lib/api';
import { partnerQueries } from '@/features/auth/api/auth';
import { eventDetailQueries } from '@/features/event-detail/api/queries';
import { attributionQueries } from '@/features/attribution/api/queries';
import { waveQueries } from '@/features/wave/api/queries';

/**
 * The event is critical (a 404 shows not found); campaigns, clusters, defaults and results prefetch.
 * In the route object, so the requests start while the page module downloads.
 */
export const campaignDetailLoader = (queryClient: QueryClient) => async ({ params }: LoaderFunctionArgs) => {
  const eid = params.eid ?? '';
  const partnerId = session.get()?.partnerId;
  void queryClient.prefetchQuery(waveQueries.campaigns(eid));
  void queryClient.prefetchQuery(eventDetailQueries.clusters(eid));
  // not for an account known to have campaign recommendations off (unknown yet: a harmless read)
  const partner = partnerId ? queryClient.getQueryData(partnerQueries.current(partnerId).queryKey) : undefined;
  if (partner?.campaign_recommendations !== false) void queryClient.prefetchQuery(waveQueries.defaultCampaignParameters(eid));
  if (partnerId) {
    void queryClient.prefetchQuery(attributionQueries.campaignResults({ eid, partnerId }));
    void queryClient.prefetchQuery(partnerQueries.current(partnerId));
  }
  await queryClient.ensureQueryData(eventDetailQueries.detail(eid));
  return null;
};
