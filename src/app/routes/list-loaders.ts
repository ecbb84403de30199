import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { env } from '@/config/env';
import { eventQueries } from '@/features/events/api/queries';
import { prefetchEventsList } from '@/features/events/lib/list-loader';

// The list pages' loaders, apart from their page modules so the reads start while those download.

/** Lookout events list: the page of events the URL asks for. */
export const eventsLoader = (queryClient: QueryClient) => ({ request }: LoaderFunctionArgs) => {
  prefetchEventsList(queryClient, request.url, env.partnerTimeZone);
  return null;
};

/** Wave campaigns list: the same list read, and the campaign counts on top. */
export const campaignsLoader = (queryClient: QueryClient) => ({ request }: LoaderFunctionArgs) => {
  prefetchEventsList(queryClient, request.url, env.partnerTimeZone);
  void queryClient.prefetchQuery(eventQueries.campaignStatistics());
  return null;
};
