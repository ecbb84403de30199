// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { titleWithWhenAndWhere, whenAndWhere } from './when-and-where';

const TZ = 'Europe/Berlin';
// 23:30 UTC on Saturday 19 Dec is Sunday 20 Dec, 00:30 in Berlin
const lateShow = { title: 'Velo E1 Unveiling', start_date_time: '2026-12-19T23:30:00Z', city: 'Leipzig' };

describe('whenAndWhere', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('long, beside a title in a list: date and time in the partner zone · city', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(whenAndWhere(lateShow, TZ)).toBe('Sun, 20 Dec 2026, 00:30 · Leipzig');
    expect(whenAndWhere({ ...lateShow, city: null }, TZ)).toBe('Sun, 20 Dec 2026, 00:30');
  });

  it('short, in a message: weekday and day in the partner zone, city when known, in the user\'s locale', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(titleWithWhenAndWhere(lateShow, TZ)).toBe('“Velo E1 Unveiling” (Sun 20 Dec, Leipzig)');
    expect(titleWithWhenAndWhere({ ...lateShow, city: undefined }, TZ)).toBe('“Velo E1 Unveiling” (Sun 20 Dec)');
    expect(whenAndWhere(lateShow, 'UTC', { short: true })).toBe('Sat 19 Dec, Leipzig');
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(whenAndWhere(lateShow, TZ, { short: true })).toBe('So., 20. Dez., Leipzig');
  });
});
