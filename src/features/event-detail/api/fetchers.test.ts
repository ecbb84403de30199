import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeApi, type FakeApi } from '@/testing/fake-api';
import { fetchDailyRevenue, fetchEventBenchmark, fetchSeries } from './fetchers';

const fake = vi.hoisted((): FakeApi => ({ calls: [], reply: () => undefined }));
vi.mock('@/lib/api', async () => ({ api: (await import('@/testing/fake-api')).createFakeApiClient(fake) }));

const event = (id: string) => ({ id, title: id, start_date_time: '2026-06-12T18:30:00Z' });

beforeEach(() => resetFakeApi(fake));

describe('fetchSeries', () => {
  it('asks for limit=1000 and stops when one page holds everything', async () => {
    fake.reply = () => ({ total: 2, limit: 1000, page: 1, pages: 1, items: [event('a'), event('b')] });
    const items = await fetchSeries('evt_1');
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(fake.calls.map((c) => c.url)).toEqual(['/api/v3/events/evt_1/series?limit=1000&page=1']);
  });

  it('follows `pages` when the server caps the limit', async () => {
    fake.reply = (url) => {
      const page = Number(url.searchParams.get('page'));
      return { total: 5, limit: 2, page, pages: 3, items: page === 3 ? [event('e')] : [event(`p${page}a`), event(`p${page}b`)] };
    };
    const items = await fetchSeries('evt_1');
    expect(items.map((i) => i.id)).toEqual(['p1a', 'p1b', 'p2a', 'p2b', 'e']);
    expect(fake.calls.map((c) => c.url)).toHaveLength(3);
  });
});

describe('fetchEventBenchmark', () => {
  it('returns fractions when the server sends percents', async () => {
    fake.reply = () => ({ now: 41, prediction: { value: 78, benchmark: 65 }, state: 'above' });
    await expect(fetchEventBenchmark('evt_1')).resolves.toEqual({
      now: 0.41,
      prediction: { value: 0.78, benchmark: 0.65 },
      state: 'above',
    });
  });
});

describe('fetchDailyRevenue', () => {
  it('sends event_id, currency and the range to the trailing-slash path', async () => {
    fake.reply = () => ({ currency: 'EUR', days: [{ date: '2026-05-01', revenue: 1840, tickets: 41 }] });
    const data = await fetchDailyRevenue('evt_1', { start: '2026-05-01', end: '2026-05-31', currency: 'EUR' });
    expect(fake.calls.map((c) => c.url)).toEqual([
      '/api/v3/daily_revenue_summary/?event_id=evt_1&currency=EUR&start_date=2026-05-01&end_date=2026-05-31',
    ]);
    expect(data.manual_adjustments).toEqual([]);
  });
});
