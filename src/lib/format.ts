/**
 * One formatter per kind of value (architecture rule 6). `null`/`undefined` render as "—".
 * The locale is the user's (navigator); money uses the value's own currency.
 */
export const NONE = '—';
type Num = number | null | undefined;

/** The user's locale (the browser's language), "en-GB" where there is none. */
export const userLocale = () => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
const locale = userLocale;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale()}|n|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) { f = new Intl.NumberFormat(locale(), opts); cache.set(k, f); }
  return f;
}
function df(key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${locale()}|d|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) { f = new Intl.DateTimeFormat(locale(), opts); cache.set(k, f); }
  return f;
}
const ok = (v: Num): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Compact notation where the locale abbreviates ("€378.4K", "1,2 Mio. €"); where it does not
 * (German keeps thousands in full below a million), the whole value, not "378.365,1 €".
 */
function compactOr(compact: Intl.NumberFormat, whole: Intl.NumberFormat, v: number): string {
  const parts = compact.formatToParts(v);
  return parts.some((p) => p.type === 'compact') ? parts.map((p) => p.value).join('') : whole.format(v);
}

const intFormat = () => nf('int', { maximumFractionDigits: 0 });
export const formatNumber = (v: Num) => (ok(v) ? intFormat().format(v) : NONE);
export const formatCompact = (v: Num) =>
  ok(v) ? compactOr(nf('compact', { notation: 'compact', maximumFractionDigits: 1 }), intFormat(), v) : NONE;
/** The user's decimal mark, "." or "," (how a typed "1.234" or "1,234" is read). */
export const decimalMark = () => nf('decimal-mark', {}).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';

/** An amount as a form's hint shows one to type: the user's decimal mark, no grouping ("1250.50", "1250,50"). */
export const exampleAmount = (v: number) => nf('example', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(v);
export const formatDecimal = (v: Num, digits = 2) => (ok(v) ? nf(`dec${digits}`, { maximumFractionDigits: digits }).format(v) : NONE);

/**
 * Money in its currency; `short` = no cents, compact from `compactFrom` (100k) where the locale
 * abbreviates (tiles, axes). A currency not known (yet: the partner's is still loading) is not
 * guessed: the amount is a plain number, so a CHF partner never sees euros.
 */
/** From this amount, short money is abbreviated where the locale does ("€150K"). */
export const COMPACT_MONEY_FROM = 100_000;

export function formatMoney(v: Num, currency: string | null | undefined, { short = false, compactFrom = COMPACT_MONEY_FROM } = {}) {
  if (!ok(v)) return NONE;
  if (!currency) return formatDecimal(v, short ? 0 : 2);
  const cur = currency;
  if (short) {
    const whole = wholeMoney(cur);
    if (Math.abs(v) < compactFrom) return whole.format(v);
    return compactOr(nf(`money-compact-${cur}`, { style: 'currency', currency: cur, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }), whole, v);
  }
  return nf(`money-${cur}`, { style: 'currency', currency: cur }).format(v);
}

const wholeMoney = (cur: string) => nf(`money-whole-${cur}`, { style: 'currency', currency: cur, maximumFractionDigits: 0 });

/** A label with its currency when known, "Revenue (EUR)"; without one just "Revenue", never a guessed euro. */
export const withCurrency = (label: string, currency: string | null | undefined) => (currency ? `${label} (${currency})` : label);

/**
 * An amount as every money tile shows it: short as its value ("€582.1K", "€99", "378.365 €"), and
 * exact as its hint ("€582,143.20", "€98.73", "378.365,06 €"). One rule for all tiles, whatever
 * the amount and locale: a German "378.365 €" left without its exact line, beside
 * "41.285 € / 41.285,02 €", read as a tile that had lost its figure. A missing amount is "—"
 * with no hint.
 */
export function formatMoneyForTile(v: Num, currency: string | null | undefined): { value: string; hint: string | undefined } {
  return { value: formatMoney(v, currency, { short: true }), hint: ok(v) ? formatMoney(v, currency) : undefined };
}

// the copy is English: its plural rules, whatever the number format's locale
const plural = new Intl.PluralRules('en');

/** The word that goes with a count (English rules): pluralize(1, 'event', 'events') → "event". */
export const pluralize = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);

/** A count with its noun in the right form: "1 ticket", "0 tickets", "1,210 tickets"; a missing count "— tickets". */
export const formatCount = (n: Num, one: string, other: string) => `${formatNumber(n)} ${pluralize(ok(n) ? n : 0, one, other)}`;

/** A share (0.42) as a percentage ("42 %"). */
export const formatPercent = (share: Num, digits = 0) =>
  ok(share) ? nf(`pct${digits}`, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share) : NONE;

/** A ratio like ROAS ("3.4×"). */
export const formatRatio = (v: Num) => (ok(v) ? `${nf('ratio', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v)}×` : NONE);

/** An ISO instant in the given time zone: "Fri, 12 Jun 2026, 20:30". */
export const formatDateTime = (iso: string | null | undefined, timeZone: string) =>
  iso ? df(`dt-${timeZone}`, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)) : NONE;

/**
 * The zone's short name at that instant, in the user's words: "CET" / "CEST" (en-GB), "MEZ" (de),
 * "GMT+1" (en-US). Not the IANA id: "Europe/Berlin" beside a Zürich venue read as the wrong city.
 */
export const formatZoneName = (iso: string | null | undefined, timeZone: string) =>
  (iso ? df(`zn-${timeZone}`, { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value : undefined) ?? '';

/** The time of day of an ISO instant in the given time zone: "10:02". */
export const formatTimeOfDay = (iso: string | null | undefined, timeZone: string) =>
  iso ? df(`time-${timeZone}`, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso)) : NONE;

/**
 * A taste cluster's predicted fit (0–1, the API's 0–5 `metric_pred` ÷ 5) on the API's own scale:
 * "4.9 of 5". As a percent ("98 %") it read as a probability.
 */
export const formatFit = (fit: Num) => (ok(fit) ? `${nf('fit', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fit * 5)} of 5` : NONE);

/** The day of an ISO instant in the given time zone, short, with its weekday: "Sat 19 Dec" (en-GB), "Sa., 19. Dez." (de-DE). */
export const formatShortDate = (iso: string | null | undefined, timeZone: string) =>
  iso ? df(`sd-${timeZone}`, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(iso)) : NONE;

/**
 * A calendar day (YYYY-MM-DD), shown without time-zone shifts. `short`: "8 Nov" (an axis tick);
 * with `year` as well, "8 Nov 26", for an axis whose days span a new year.
 */
export const formatDay = (day: string | null | undefined, { short = false, year = false } = {}) =>
  day
    ? df(`day-${short}-${year}`, short ? { timeZone: 'UTC', day: 'numeric', month: 'short', ...(year ? { year: '2-digit' } : {}) } : { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`))
    : NONE;

/** Whether days from `first` to `last` (YYYY-MM-DD) lie in more than one year: their ticks then say the year. */
export const spansYears = (first: string | undefined, last: string | undefined) => Boolean(first && last && first.slice(0, 4) !== last.slice(0, 4));

/** Two calendar days as one range, the shared parts said once: "3 – 9 March 2026" (one day: that day; one missing: the other). */
export const formatDayRange = (from: string | null | undefined, to: string | null | undefined) =>
  from && to
    ? df('day-range', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`))
    : formatDay(from || to);

/** The month of a calendar day: "March 2026" (`short`: "Mar 2026"). */
export const formatMonth = (day: string | null | undefined, { short = false } = {}) =>
  day ? df(`month-${short}`, { timeZone: 'UTC', month: short ? 'short' : 'long', year: 'numeric' }).format(new Date(`${day.slice(0, 7)}-01T00:00:00Z`)) : NONE;
