import { daysBetween, isCalendarDay, type Day } from '@/lib/dates';
import { formatCount, formatMoney } from '@/lib/format';
import { parseRevenue, parseTickets } from './amounts';
import { lineType, type SalesFormValues } from './sales-form';

export interface PreviewLine {
  type: string;
  /** null while the typed value is not valid */
  tickets: number | null;
  revenue: number | null;
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


/** What submitting the form as typed would add: the totals per line, and over how many days (perDayText). */
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

/**
 * How one line lands on the days of a range, as the ingest stores it: whole tickets spread as
 * evenly as they go, each day with its tickets' share of the revenue; without tickets, the revenue
 * spread evenly. Fewer tickets than days leave some days without a row.
 */
export function perDayText(line: PreviewLine, days: number, currency: string | null): string | null {
  const { tickets, revenue } = line;
  if (tickets === null || revenue === null) return null;
  if (tickets === 0) return revenue === 0 ? 'nothing' : `${formatMoney(revenue / days, currency)} a day, no tickets`;
  if (tickets < days) return `${formatCount(1, 'ticket', 'tickets')} · ${formatMoney(revenue / tickets, currency)} on ${tickets} of the ${days} days`;
  const low = Math.floor(tickets / days);
  const high = Math.ceil(tickets / days);
  const count = low === high ? formatCount(low, 'ticket', 'tickets') : `${low}–${formatCount(high, 'ticket', 'tickets')}`;
  return `${count} · about ${formatMoney(revenue / days, currency)} a day`;
}
