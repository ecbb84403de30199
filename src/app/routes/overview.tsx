import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { overviewLoader } from './overview-loader';

/**
 * Lookout overview (the index page, where most visits start). Its loader is static, so the reads
 * start as soon as the app runs, while the page module downloads (≈ 1.7 kB gzip more in the entry;
 * the other routes load theirs as a small lazy module instead, to keep the entry in its budget).
 */
export const overviewRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    index: true,
    loader: overviewLoader(queryClient),
    lazy: async () => ({ Component: (await import('./overview-page')).OverviewPage }),
  },
];
