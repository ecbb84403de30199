import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeApi, type FakeApi } from '@/testing/fake-api';
import { fetchEventStatistics, fetchEvents, fetchFlaggedEvents, fetchVenues } from './fetchers';
import { markUpdatedOnFrontend, setFrontendStatus } from './mutations';

const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake) }));

const event = { id: 'e1', title: 'T', start_date_time: '2026-06-12T18:30:00Z', benchmark: { prediction: { value: 78, benchmark: 65 }, state: 'above' } };

beforeEach(() => resetFakeApi(fake));

describe('event reads', () => {
  it('lists with the §4.3 query on the trailing-slash path, benchmarks as fractions', async () => {
    fake.reply = () => ({ total: 1, limit: 50, page: 1, pages: 1, nextPage: null, items: [event] });
    const list = await fetchEvents({ page: 1, limit: 50, city: ['Berlin'] });
    expect(fake.calls[0]?.url).toBe(
      '/api/v3/events/?page=1&limit=50&frontend_status=DEFAULT&frontend_status=FLAGGED&frontend_status=CANCELLED&flagged_to_top=true&city=Berlin',
    );
    expect(list.items[0]?.benchmark?.prediction).toEqual({ value: 0.78, benchmark: 0.65 });
  });

  it('flagged list uses /events/flagged/', async () => {
    fake.reply = () => ({ total: 0, items: [] });
    await fetchFlaggedEvents({});
    expect(fake.calls[0]?.url).toMatch(/^\/api\/v3\/events\/flagged\/\?/);
  });

  it('statistics: the list filters without paging, sorting or flagged_to_top', async () => {
    fake.reply = () => ({ total: 3, revenue: null });
    const stats = await fetchEventStatistics({ page: 2, sort: 'title', q: 'x' });
    expect(fake.calls[0]?.url).toBe('/api/v3/events/statistics?q=x&frontend_status=DEFAULT&frontend_status=FLAGGED&frontend_status=CANCELLED');
    expect(stats).toMatchObject({ total: 3, revenue: null, roas: null, currency: null });
  });

  it('venues repeat the city key', async () => {
    fake.reply = () => [{ id: 'vh_1', city: 'München', venue_name: 'Olympiahalle', hall_name: null }];
    await fetchVenues(['Berlin', 'München']);
    expect(fake.calls[0]?.url).toBe('/api/v3/events/venues?city=Berlin&city=M%C3%BCnchen');
  });
});

describe('the two status calls', () => {
  it('step 1: main API setup_frontend_status with a JSON body', async () => {
    await setFrontendStatus('evt_1', 'FLAGGED');
    expect(fake.calls).toEqual([
      { url: '/api/v3/events/evt_1/setup_frontend_status', method: 'PUT', body: '{"frontend_status":"FLAGGED"}' },
    ]);
  });

  it('step 2: CR API last_updated_on_fe with status RUNNING', async () => {
    await markUpdatedOnFrontend('evt_1');
    expect(fake.calls).toEqual([{ url: '/cr-api/events/last_updated_on_fe/evt_1', method: 'PUT', body: '{"status":"RUNNING"}' }]);
  });
});
