/** Day arithmetic for the mock: days are integers (UTC days since 1970-01-01). */
export const DAY_MS = 86_400_000;

export const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

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
