// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventDetailSearch, withCustomRange, withDailyMetric, withPreset, withSalesUnit } from './search';

const { parse, serialize, defaults } = eventDetailSearch;

describe('event detail URL state', () => {
  it('defaults write nothing', () => {
    expect(serialize(defaults).toString()).toBe('');
  });

  it('round-trips a custom range with toggles', () => {
    const state = withSalesUnit(withDailyMetric(withCustomRange(defaults, '2026-10-31', '2026-10-01'), 'tickets'), 'tickets');
    const params = serialize(state);
    expect(params.toString()).toBe('range=custom&from=2026-10-01&to=2026-10-31&daily=tickets&unit=tickets');
    expect(parse(params)).toEqual(state);
  });

  it('a preset drops the custom ends', () => {
    const custom = withCustomRange(defaults, '2026-10-01', '2026-10-31');
    expect(serialize(withPreset(custom, '90d')).toString()).toBe('range=90d');
  });

  it('bad values fall back to defaults', () => {
    expect(parse(new URLSearchParams('range=forever&from=2026-02-31&daily=euros&unit=x'))).toEqual(defaults);
  });
});
