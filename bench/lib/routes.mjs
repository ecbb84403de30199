// The routes the bench loads, with real ids picked from the mock API (default scenario).
import { authHeaders } from './browser.mjs';

async function getJson(url, session) {
  const res = await fetch(url, { headers: authHeaders(session) });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.json();
}

/** An upcoming event with campaigns (detail and campaign pages have data), and a finished package. */
export async function pickIds(apiBase, session) {
  const today = new Date().toISOString().slice(0, 10);
  const upcoming = await getJson(`${apiBase}/events/?campaigns=true&since=${today}&sort=start_date_time&limit=10`, session);
  const any = upcoming.items.length ? upcoming : await getJson(`${apiBase}/events/?limit=10`, session);
  const eid = any.items[0]?.id;
  const packages = await getJson(`${apiBase}/package_builder/packages/`, session);
  const pkg = (packages.find((p) => p.status === 'DONE') ?? packages[0])?.id;
  if (!eid || !pkg) throw new Error('the mock API returned no event or package to bench');
  return { eid, pkg };
}

export function benchRoutes({ eid, pkg }) {
  return [
    { key: 'overview', label: 'Overview', path: '/', module: 'overview-page.tsx' },
    { key: 'events', label: 'Events list', path: '/events', module: 'events-page.tsx' },
    { key: 'eventDetail', label: 'Event detail', path: `/events/${eid}`, module: 'event-detail-page.tsx' },
    { key: 'campaignDetail', label: 'Campaign detail', path: `/campaigns/${eid}`, module: 'campaign-detail-page.tsx' },
    { key: 'package', label: 'Package view', path: `/package-builder/${pkg}`, module: 'package-detail-page.tsx' },
  ];
}

/** The pages Lighthouse measures. */
export const LIGHTHOUSE_KEYS = ['overview', 'events', 'eventDetail'];
