import { afterEach, beforeEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp, signInAs } from '@/testing/render-app';
import { setupMockApi } from '@/testing/msw';
import { session } from '@/lib/api';
import { allRecords, campaignsOf } from '../../mocks/db/events';

export const ACME = 'partner-id-acme';
/** The mock's "now": the page's clock is pinned to it, so which events are upcoming agrees on both sides. */
const MOCK_NOW = '2026-11-20T08:00:00Z';

/**
 * The campaign page tests' shared setup: the mock API, the clock on the mock's "now", a signed-in
 * partner, and every request made (`requests`, emptied before each test).
 */
export function campaignPageSetup() {
  const server = setupMockApi();
  const requests: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
  };
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(MOCK_NOW));
    requests.length = 0;
    server.events.on('request:start', onRequest);
    await signInAs(ACME);
  });
  afterEach(() => {
    vi.useRealTimers();
    server.events.removeListener('request:start', onRequest);
    session.signOut();
  });
  const writes = (part: string) => requests.filter((r) => r.startsWith('PUT') && r.includes(part));
  return { server, requests, writes };
}

/** An upcoming event whose campaigns run (more than one). */
export const runningEvent = () =>
  allRecords(ACME).find((r) => r.row.client_campaign_status === 'RUNNING' && campaignsOf(ACME, r.row.id).length > 1 && r.meta.startMs > Date.parse(MOCK_NOW))!.row;

/**
 * An upcoming event without campaigns that initialising changes: left out of campaigns (Ignored),
 * not cancelled. (An Open one is ready for campaigns: nothing to initialise.)
 */
export const ignoredEvent = () =>
  allRecords(ACME).find((r) => r.row.campaign_status === 'IGNORED' && r.row.status !== 'cancelled' && campaignsOf(ACME, r.row.id).length === 0
    && r.meta.startMs > Date.parse('2026-11-25T00:00:00Z'))!.row;

export async function open(eid: string) {
  const view = renderApp(`/campaigns/${eid}`);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 }); // the first test also loads the lazy page module
  return view;
}
