/**
 * Calendar days (YYYY-MM-DD) resolved in an explicit time zone (architecture rule 6).
 * Day arithmetic is done in UTC on the calendar date, so DST never shifts a day.
 */
export type Day = string;

/** One formatter per zone: creating an Intl.DateTimeFormat costs far more than using one. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): Day {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const today = (timeZone: string, now: Date = new Date()): Day => dayInZone(now, timeZone);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (2026-02-30 is not: Date would roll it over to March). */
export function isCalendarDay(s: string): s is Day {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(day: Day, n: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (b − a). */
export const daysBetween = (a: Day, b: Day): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Every day from `from` to `to`, inclusive. */
export function eachDay(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export interface DayRange { from: Day | null; to: Day | null }

/** The next `days` days, today counted: today to today + days − 1, both inclusive. */
export const nextDays = (todayDay: Day, days: number): { from: Day; to: Day } => ({ from: todayDay, to: addDays(todayDay, days - 1) });

/** The past `days` days before today: today − days to yesterday, both inclusive. */
export const pastDays = (todayDay: Day, days: number): { from: Day; to: Day } => ({ from: addDays(todayDay, -days), to: addDays(todayDay, -1) });

/**
 * Named ranges relative to today (in the partner's zone); `null` = open end. Today belongs to
 * the upcoming ranges: a "past" range ends yesterday, so tonight's concert is not in it.
 * "Next 14 days" is 14 calendar days, today the first (both ends are inclusive days).
 */
export function resolvePreset(preset: string, todayDay: Day): DayRange {
  switch (preset) {
    case 'upcoming': return { from: todayDay, to: null };
    case 'next-30': return nextDays(todayDay, 30);
    case 'next-14': return nextDays(todayDay, 14);
    case 'past-7': return pastDays(todayDay, 7);
    case 'past-90': return pastDays(todayDay, 90);
    default: return { from: null, to: null };
  }
}
