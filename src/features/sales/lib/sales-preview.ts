import { daysBetween, isCalendarDay, type Day } from '@/lib/dates';
import { parseRevenue, parseTickets } from './amounts';
import { lineType, type SalesFormValues } from './sales-form';

export interface PreviewLine {
  type: string;
  /** null while the typed value is not valid */
  tickets: number | null;
  revenue: number | null;
  ticketsPerDay: number | null;
  revenuePerDay: number | null;
}

export interface SalesPreview {
  /** null while the dates are incomplete or out of order */
  from: Day | null;
  to: Day | null;
  days: number | null;
  lines: PreviewLine[];
  /** null while any line is incomplete */
  totalTickets: number | null;
  totalRevenue: number | null;
  /** daily rows the server stores at most (days × lines) */
  rows: number | null;
  /** what to choose before there is a period (null once there is one) */
  prompt: string | null;
}

/** Why the typed dates give no period yet, in the words of the date fields. */
function periodPrompt(values: SalesFormValues, from: Day | null, to: Day | null): string {
  if (values.mode === 'day') return 'Choose the day to see the period.';
  if (!from && !to) return 'Choose the first and last day to see the period.';
  if (!from) return 'Choose the first day to see the period.';
  if (!to) return 'Choose the last day to see the period.';
  return 'The last day must be on or after the first day.';
}


/** What submitting the form as typed would add: the totals per line, spread evenly over the days. */
export function salesPreview(values: SalesFormValues): SalesPreview {
  const from = isCalendarDay(values.from) ? values.from : null;
  const to = values.mode === 'range' ? (isCalendarDay(values.to) ? values.to : null) : from;
  const days = from && to && to >= from ? daysBetween(from, to) + 1 : null;
  const lines = values.lines.map((line): PreviewLine => {
    const sold = parseTickets(line.sold);
    const revenue = parseRevenue(line.revenue);
    const tickets = sold.ok ? sold.value : null;
    const money = revenue.ok ? revenue.value : null;
    return {
      type: lineType(line),
      tickets,
      revenue: money,
      ticketsPerDay: tickets !== null && days ? tickets / days : null,
      revenuePerDay: money !== null && days ? money / days : null,
    };
  });
  const sum = (pick: (l: PreviewLine) => number | null) =>
    lines.every((l) => pick(l) !== null) ? lines.reduce((acc, l) => acc + (pick(l) ?? 0), 0) : null;
  const totalRevenue = sum((l) => l.revenue);
  return {
    from: days ? from : null,
    to: days ? to : null,
    days,
    lines,
    totalTickets: sum((l) => l.tickets),
    totalRevenue: totalRevenue === null ? null : Math.round(totalRevenue * 100) / 100,
    rows: days ? days * lines.length : null,
    prompt: days ? null : periodPrompt(values, from, to),
  };
}
