// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleAmount, formatCompact, formatCount, formatDay, formatDayRange, formatFit, formatMoney, formatMoneyForTile, formatZoneName, NONE, pluralize, spansYears } from './format';

describe('formatDayRange', () => {
  it('says the shared month and year once', () => {
    const range = formatDayRange('2026-03-03', '2026-03-09');
    expect(range.match(/2026/g)).toHaveLength(1);
    expect(range).toMatch(/3\D+9/);
    expect(formatDayRange('2026-11-08', '2026-12-04').match(/2026/g)).toHaveLength(1);
  });

  it('one day is that day; a missing end is the other day; nothing is a dash', () => {
    expect(formatDayRange('2026-03-03', '2026-03-03')).toBe(formatDay('2026-03-03'));
    expect(formatDayRange('2026-03-03', null)).toBe(formatDay('2026-03-03'));
    expect(formatDayRange(undefined, '2026-03-09')).toBe(formatDay('2026-03-09'));
    expect(formatDayRange('', '2026-03-09')).toBe(formatDay('2026-03-09'));
    expect(formatDayRange(null, null)).toBe(NONE);
  });
});

describe('formatMoneyForTile', () => {
  it('shows the amount short and gives it in full as the hint', () => {
    const { value, hint } = formatMoneyForTile(582_143.2, 'EUR');
    expect(value).toBe(formatMoney(582_143.2, 'EUR', { short: true }));
    expect(hint).toBe(formatMoney(582_143.2, 'EUR'));
    expect(value).not.toBe(hint);
  });

  it('a missing amount is a dash with no hint', () => {
    expect(formatMoneyForTile(null, 'EUR')).toEqual({ value: NONE, hint: undefined });
  });

  it('gives the exact amount under every rounded one, abbreviated or not, in every locale', () => {
    vi.stubGlobal('navigator', { language: 'de-DE' });
    const nbsp = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');
    // German does not abbreviate thousands: the headline is rounded all the same, so the cents follow
    expect(nbsp(formatMoneyForTile(378_365.06, 'EUR').value)).toBe('378.365 €');
    expect(nbsp(formatMoneyForTile(378_365.06, 'EUR').hint)).toBe('378.365,06 €');
    expect(nbsp(formatMoneyForTile(41_285.02, 'EUR').hint)).toBe('41.285,02 €');
    expect(formatMoneyForTile(1_234_567.5, 'EUR').hint).toBe(formatMoney(1_234_567.5, 'EUR'));
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(formatMoneyForTile(98.73, 'EUR')).toEqual({ value: '€99', hint: '€98.73' });
    expect(formatMoneyForTile(378_365.06, 'EUR').hint).toBe('€378,365.06');
    vi.unstubAllGlobals();
  });

  it('a whole amount also has its exact line, so tiles side by side read alike', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(formatMoneyForTile(500, 'EUR')).toEqual({ value: '€500', hint: '€500.00' });
    vi.unstubAllGlobals();
  });
});

describe('short money and compact numbers in the user\'s locale', () => {
  afterEach(() => { vi.unstubAllGlobals(); });
  const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

  it('abbreviate from 100k where the locale does ("€378.4K")', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(formatMoney(378_365.12, 'EUR', { short: true })).toBe('€378.4K');
    expect(formatMoney(99_950.4, 'EUR', { short: true })).toBe('€99,950');
    expect(formatCompact(1_234_567)).toBe('1.2M');
  });

  it('abbreviate from a lower amount when asked (an axis whose top is abbreviated)', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(nbsp(formatMoney(50_000, 'CHF', { short: true, compactFrom: 1000 }))).toBe('CHF 50K');
    expect(nbsp(formatMoney(0, 'CHF', { short: true, compactFrom: 1000 }))).toBe('CHF 0');
  });

  it('a currency not known (yet) is not guessed: the amount is a plain number, never euros', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(formatMoney(1_250.5, null)).toBe('1,250.5');
    expect(formatMoney(378_365.12, undefined, { short: true })).toBe('378,365');
    expect(formatMoneyForTile(378_365.12, '')).toEqual({ value: '378,365', hint: '378,365.12' });
  });

  it('example amounts in hints use the user\'s decimal mark, without grouping', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(exampleAmount(1250.5)).toBe('1250.50');
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(exampleAmount(1250.5)).toBe('1250,50');
  });

  it('German keeps thousands whole below a million: "378.365 €", never "378.365,1 €"', () => {
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(nbsp(formatMoney(378_365.12, 'EUR', { short: true }))).toBe('378.365 €');
    expect(nbsp(formatMoney(1_234_567, 'EUR', { short: true }))).toBe('1,2 Mio. €');
    expect(formatCompact(378_365.12)).toBe('378.365');
  });
});

describe('formatCount', () => {
  it.each([
    [1, '1 ticket'],
    [0, '0 tickets'],
    [2, '2 tickets'],
    [1210, '1,210 tickets'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n, 'ticket', 'tickets')).toBe(text);
  });
});

describe('pluralize', () => {
  it('picks the singular for exactly one and the plural otherwise', () => {
    expect([0, 1, 2, 1.5].map((n) => pluralize(n, 'is', 'are'))).toEqual(['are', 'is', 'are', 'are']);
  });

  it('short days say the year only when asked (an axis spanning a new year)', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(formatDay('2026-11-08', { short: true })).toBe('8 Nov');
    expect(formatDay('2027-01-03', { short: true, year: true })).toBe('3 Jan 27');
    expect(spansYears('2026-10-01', '2027-05-01')).toBe(true);
    expect(spansYears('2026-01-01', '2026-12-31')).toBe(false);
    expect(spansYears(undefined, '2026-12-31')).toBe(false);
    vi.unstubAllGlobals();
  });
});

describe('formatZoneName', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('names the zone as people read it, with summer time, not as an IANA id', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(formatZoneName('2026-12-06T18:00:00Z', 'Europe/Berlin')).toBe('CET');
    expect(formatZoneName('2026-07-06T18:00:00Z', 'Europe/Berlin')).toBe('CEST');
    expect(formatZoneName('2026-12-06T18:00:00Z', 'Europe/Zurich')).toBe('CET');
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(formatZoneName('2026-12-06T18:00:00Z', 'Europe/Berlin')).toBe('MEZ');
    expect(formatZoneName(null, 'Europe/Berlin')).toBe('');
  });
});

describe('formatFit', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('says a predicted fit on the API’s 0–5 scale, not as a percent that reads like a probability', () => {
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(formatFit(0.98)).toBe('4.9 of 5');
    expect(formatFit(1)).toBe('5.0 of 5');
    expect(formatFit(null)).toBe(NONE);
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(formatFit(0.84)).toBe('4,2 of 5');
  });
});
