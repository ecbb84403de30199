import type { RouteObject } from 'react-router';
import { ComingSoon } from '@/components/ui/coming-soon';

/** Routes whose pages come with later issues: an honest panel, nothing fake. Remove as pages land. */
export const placeholderRoutes: RouteObject[] = [
  { index: true, element: <ComingSoon title="Overview" what="Portfolio KPIs, flagged events and the next 14 days at a glance." /> },
  { path: 'events', element: <ComingSoon title="Events" what="Every event with its demand benchmark, filters, flag and hide." /> },
  { path: 'events/:eid', element: <ComingSoon title="Event" what="Sales vs prediction, daily revenue, tickets, series and taste clusters." /> },
  { path: 'campaigns', element: <ComingSoon title="Campaigns" what="Wave campaigns: pause, resume, optimisation and results." /> },
  { path: 'campaigns/:eid', element: <ComingSoon title="Campaign" what="Campaign controls, audience suggestions and post-campaign performance." /> },
  { path: 'package-builder', element: <ComingSoon title="Packages" what="Package Builder backhaul: which audience clusters converted." /> },
  { path: 'package-builder/:id', element: <ComingSoon title="Package" what="Backhaul attribution of one package." /> },
  { path: 'settings', element: <ComingSoon title="Settings" what="Partner defaults for backhaul attribution." /> },
];
