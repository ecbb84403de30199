import { createBrowserRouter, type RouteObject } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { ProtectedLayout } from './routes/protected-layout';
import { ColdLoadFallback } from './routes/cold-load-fallback';
import { RouteError } from './routes/route-error';
import { NotFoundPage } from './routes/not-found';
import { overviewRoute } from './routes/overview';
import { eventsRoute } from './routes/events';
import { eventDetailRoute } from './routes/event-detail';
import { campaignsRoute } from './routes/campaigns';
import { campaignDetailRoute } from './routes/campaign-detail';
import { packageBuilderRoutes } from './routes/package-builder';
import { settingsRoute } from './routes/settings';
import { salesRoutes } from './routes/sales';

/** All routes; each page's module is lazy so a page only pays for itself. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    { path: '/sign-in', element: <SignInPage demoHint={env.mocksEnabled} />, errorElement: <RouteError /> },
    {
      path: '/',
      element: <ProtectedLayout />,
      HydrateFallback: ColdLoadFallback,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            ...overviewRoute(queryClient),
            ...eventsRoute(queryClient),
            ...eventDetailRoute(queryClient),
            ...campaignsRoute(queryClient),
            ...campaignDetailRoute(queryClient),
            ...packageBuilderRoutes(queryClient),
            ...settingsRoute(queryClient),
            ...salesRoutes(queryClient),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export const createRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));
