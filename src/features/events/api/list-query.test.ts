import { describe, expect, it } from 'vitest';
import { buildQuery } from '@/lib/api-client';
import { toListQuery, toStatisticsFilters } from './list-query';

const qs = (filters: Parameters<typeof toListQuery>[0]) => buildQuery(toListQuery(filters));

describe('toListQuery', () => {
  it('default view: DEFAULT + FLAGGED with flagged on top', () => {
    expect(qs({})).toBe('?frontend_status=DEFAULT&frontend_status=FLAGGED&frontend_status=CANCELLED&flagged_to_top=true');
  });

  it('show hidden: only HIDDEN, no flagged_to_top', () => {
    expect(qs({ showHidden: true })).toBe('?frontend_status=HIDDEN');
  });

  it('repeats array keys and percent-encodes values', () => {
    const params = new URLSearchParams(
      qs({ city: ['Berlin', 'München'], vh: ['vh_1', 'vh_2'], category: ['concert'], campaignStatus: ['OPEN', 'RUNNING'] }),
    );
    expect(params.getAll('city')).toEqual(['Berlin', 'München']);
    expect(params.getAll('vh')).toEqual(['vh_1', 'vh_2']);
    expect(params.getAll('category')).toEqual(['concert']);
    expect(params.getAll('campaign_status')).toEqual(['OPEN', 'RUNNING']);
    expect(qs({ city: ['München'] })).toContain('city=M%C3%BCnchen');
  });

  it('omits empty values and false flags, keeps true flags', () => {
    const s = qs({ q: '   ', city: [], since: '', includeArchived: false, campaigns: false });
    expect(s).toBe('?frontend_status=DEFAULT&frontend_status=FLAGGED&frontend_status=CANCELLED&flagged_to_top=true');
    const params = new URLSearchParams(qs({ includeArchived: true, campaigns: true }));
    expect(params.get('include_archived')).toBe('true');
    expect(params.get('campaigns')).toBe('true');
  });

  it('passes scalar filters, trims q and caps limit at 50', () => {
    const params = new URLSearchParams(
      qs({ page: 3, limit: 500, q: ' metal ', since: '2026-01-01', until: '2026-12-31', status: 'active', sort: 'benchmark_gap' }),
    );
    expect(Object.fromEntries([...params].filter(([k]) => k !== 'frontend_status'))).toEqual({
      page: '3', limit: '50', q: 'metal', since: '2026-01-01', until: '2026-12-31', status: 'active',
      sort: 'benchmark_gap',
    });
  });

  it('pins flagged events first for every sort but "most behind benchmark"', () => {
    for (const sort of ['start_date_time', '-start_date_time', 'title', '-capacity'] as const) {
      expect(new URLSearchParams(qs({ sort })).get('flagged_to_top')).toBe('true');
    }
    expect(new URLSearchParams(qs({ sort: 'benchmark_gap' })).has('flagged_to_top')).toBe(false);
  });

  it('drops invalid pages', () => {
    expect(new URLSearchParams(qs({ page: 0 })).has('page')).toBe(false);
  });
});

describe('toStatisticsFilters', () => {
  it('drops paging and sorting only', () => {
    expect(toStatisticsFilters({ page: 2, limit: 10, sort: 'title', q: 'x', showHidden: true })).toEqual({ q: 'x', showHidden: true });
  });
});
