import { addDays, type Day } from '@/lib/dates';

/** Even steps between ticks, smallest first: days from the axis's first day, then months on the 1st. */
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

function everyNDays(first: Day, last: Day, n: number): Day[] {
  const out: Day[] = [];
  for (let d = first; d <= last; d = addDays(d, n)) out.push(d);
  return out;
}

/**
 * The 1st of every n-th month from `first` to `last`, counted from year 0: January, April, July
 * and October for n = 3; January of even years for n = 24.
 */
function monthStarts(first: Day, last: Day, n: number): Day[] {
  const index = (day: Day) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  const out: Day[] = [];
  for (let m = Math.ceil(index(first) / n) * n; m <= index(last); m += n) {
    const day = `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    if (day >= first) out.push(day);
  }
  return out;
}

/**
 * Ticks for an axis of days, at one even step: every 1, 2, 7 or 14 days, or the 1st of every 1,
 * 2, 3, 6, 12… months, the smallest step giving at most `max` ticks. recharts' own choice drops
 * labels that would collide and leaves uneven gaps (a 40-day step, then 30), which misplaces
 * whatever is read against them, like a "Today" line. Only days of `days` are returned: a
 * categorical axis can tick its own values only.
 */
export function dayTicks(days: readonly Day[], max: number): Day[] {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined || max < 1) return [];
  const present = new Set(days);
  const steps = [...DAY_STEPS.map((n) => () => everyNDays(first, last, n)), ...MONTH_STEPS.map((n) => () => monthStarts(first, last, n))];
  for (const ticksAt of steps) {
    const ticks = ticksAt().filter((d) => present.has(d));
    if (ticks.length <= max) return ticks;
  }
  return [];
}
