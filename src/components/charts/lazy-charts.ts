import { lazy } from 'react';

/** recharts is ~105 kB gzip: charts load on demand, so list pages never pay for it. */
export const TimeSeriesChart = lazy(() => import('./time-series-chart'));
export const BarsChart = lazy(() => import('./bars-chart'));
