/** Day arithmetic for the mock: days are integers (UTC days since 1970-01-01). */
export const DAY_MS = 86_400_000;

export const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The demo partners' time zone (the dashboard's default VITE_PARTNER_TIME_ZONE). The list's
 * `since`/`until` are calendar days there [ours; the contract says only YYYY-MM-DD]: the days
 * the dashboard shows an event on, so a show at 00:30 Berlin time is on that Berlin day.
 */
export const PARTNER_TIME_ZONE = 'Europe/Berlin';

/** `YYYY-MM-DD` of the calendar day `ms` falls on in the partner's zone ("today" for sales dates). */
export const partnerDay = (ms: number, timeZone = PARTNER_TIME_ZONE) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

/** The day number of the partner's calendar day `ms` falls on: "today" and an event's day, as the dashboard shows them. */
export const partnerDayNumber = (ms: number, timeZone = PARTNER_TIME_ZONE) => parseDay(partnerDay(ms, timeZone)) ?? dayOf(ms);

/**
 * The earliest day sales may be dated [ours]: the dashboard reads an event's sales history from
 * here on, so an earlier day (a mistyped year) would be stored out of sight.
 */
export const SALES_FLOOR = '2000-01-01';

/** The zone's offset from UTC at `ms`, in ms (+3,600,000 for CET). */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

/** The instant `day` (a day number) begins in `timeZone`. */
export function dayStartMs(day: number, timeZone = PARTNER_TIME_ZONE): number {
  const utcMidnight = day * DAY_MS;
  return utcMidnight - offsetAt(utcMidnight - offsetAt(utcMidnight, timeZone), timeZone);
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number, or null when malformed or not a real calendar day. */
export function parseDay(text: string): number | null {
  const m = DAY_RE.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDay(dayOf(ms)) === text ? dayOf(ms) : null;
}

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 date-time with an explicit zone (what the contract sends). */
export function parseDateTime(text: string): number | null {
  if (!DATE_TIME_RE.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
}

/** 1970-01-01 was a Thursday: 0 = Thursday … 2 = Saturday, 3 = Sunday. */
export const isWeekend = (day: number) => day % 7 === 2 || day % 7 === 3;

export const round2 = (n: number) => Math.round(n * 100) / 100;
export const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
