import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';

/** Settings (reachable from the user menu): partner defaults for backhaul attribution. */
export const settingsRoute = (queryClient: QueryClient): RouteObject[] => [
  {
    path: 'settings',
    lazy: async () => {
      const { SettingsPage, settingsLoader } = await import('./settings-page');
      return { Component: SettingsPage, loader: settingsLoader(queryClient) };
    },
  },
];
