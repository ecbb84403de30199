import { z } from 'zod/mini';
import { addDays, daysBetween, isCalendarDay, type Day } from '@/lib/dates';
import { formatDay, formatNumber } from '@/lib/format';
import { transactionSummaryInputSchema, type TransactionSummaryInput } from '../api/schemas';
import { parseRevenue, parseTickets } from './amounts';
import { existingTypeNamed, typeNameKey, type TypeOption } from './ticket-types';
import { SALES_HISTORY_START } from './sales-summary';

/** The select value that reveals a text field for a ticket type the event does not have yet. */
export const NEW_TYPE = '__new__';
/** Longest range one summary may cover (the server refuses longer ones too). */
export const MAX_RANGE_DAYS = 366;

export type DateMode = 'day' | 'range';
/** One ticket line as typed (inputs hold text; numbers are read on validation). */
export interface LineValues { choice: string; newType: string; sold: string; revenue: string }
export interface SalesFormValues {
  mode: DateMode;
  from: string;
  to: string;
  lines: LineValues[];
  /** The user confirmed adding more tickets than a type's capacity has left. */
  overCapacity?: boolean;
}

export const emptyLine = (choice: string): LineValues => ({ choice, newType: '', sold: '', revenue: '' });

export const defaultSalesValues = (day: Day, firstType: string): SalesFormValues => ({
  mode: 'day',
  from: day,
  to: day,
  lines: [emptyLine(firstType)],
});

/** The day a new entry starts on: yesterday, or the event's own day once the event is over. */
export const defaultSalesDay = (today: Day, eventDay: Day | null): Day => {
  const yesterday = addDays(today, -1);
  return eventDay && eventDay < yesterday ? eventDay : yesterday;
};

/** Sales this long before the event (or today, for an event to come) are unusual: most likely a mistyped year. */
export const EARLY_SALES_DAYS = 366;

/** The dates as the form accepts them (a refused date gets its refusal, not a warning too). */
const acceptedDates = (values: Pick<SalesFormValues, 'mode' | 'from' | 'to'>, today: Day) => dateIssues(values, today).length === 0;

/**
 * Dates that are allowed but usually wrong, said by the date fields without blocking: sales
 * after the event's day (a box office may report late) and sales more than a year before the
 * event, or before today for an event still to come (a mistyped year would stretch the event's
 * sales chart over years). Dates the form refuses get only that refusal.
 */
export function salesDateWarning(values: Pick<SalesFormValues, 'mode' | 'from' | 'to'>, eventDay: Day | null, today: Day): string | null {
  if (!eventDay || !acceptedDates(values, today)) return null;
  const last = values.mode === 'range' ? values.to : values.from;
  const over = eventDay <= today;
  const event = `The event ${over ? 'took place' : 'is'} on ${formatDay(eventDay)}`;
  if (last > eventDay) {
    return `${event}; sales after that day are unusual. Check the ${values.mode === 'range' ? 'dates' : 'date'}, or add them if they are right.`;
  }
  if (daysBetween(values.from, over ? eventDay : today) > EARLY_SALES_DAYS) {
    return `${event}; sales more than a year before ${over ? 'it' : 'today'} are unusual. Check the year, or add them if they are right.`;
  }
  return null;
}

/** The ticket type a line stands for (trimmed). */
export const lineType = (line: LineValues) => (line.choice === NEW_TYPE ? line.newType : line.choice).trim();
/** Which input shows a line's type: the select, or the "new type" text field. */
export const typeKey = (line: LineValues | undefined) => (line?.choice === NEW_TYPE ? 'newType' : 'choice');

export interface Issue { path: (string | number)[]; message: string }

/**
 * Lines that would take their ticket type past its capacity (sold so far + this line), for
 * types whose capacity and sales are known. Over-selling can be real, so it is a question the
 * user answers (`overCapacity`), not a refusal; a typo of a few zeros is caught before it is stored.
 */
export function overCapacityLines(values: SalesFormValues, options: readonly TypeOption[]): { index: number; message: string }[] {
  return values.lines.flatMap((line, index) => {
    const option = options.find((o) => o.value === lineType(line));
    const sold = parseTickets(line.sold);
    if (!option || !sold.ok || option.capacity == null || option.sold == null) return [];
    const after = option.sold + sold.value;
    if (after <= option.capacity) return [];
    const left = Math.max(0, option.capacity - option.sold);
    return [{ index, message: `That makes ${formatNumber(after)} sold of ${formatNumber(option.capacity)} seats (${formatNumber(left)} left). Check the number, or confirm below.` }];
  });
}


function dayIssue(value: string, today: Day, what: string): string | null {
  if (value === '') return `Choose ${what}.`;
  if (!isCalendarDay(value)) return `Enter ${what} as a real calendar day.`;
  if (value > today) return `Sales cannot be in the future (today is ${formatDay(today)}).`;
  if (value < SALES_HISTORY_START) return `Sales cannot be dated before ${formatDay(SALES_HISTORY_START)}. Check the year.`;
  return null;
}

/** The date fields' problems, each at the path of the input that shows it. */
function dateIssues(values: Pick<SalesFormValues, 'mode' | 'from' | 'to'>, today: Day): Issue[] {
  const issues: Issue[] = [];
  const isRange = values.mode === 'range';
  const fromIssue = dayIssue(values.from, today, isRange ? 'the first day' : 'the day');
  if (fromIssue) issues.push({ path: ['from'], message: fromIssue });
  if (isRange) {
    const toIssue = dayIssue(values.to, today, 'the last day');
    if (toIssue) issues.push({ path: ['to'], message: toIssue });
    else if (!fromIssue && values.to < values.from) issues.push({ path: ['to'], message: 'The last day must be on or after the first day.' });
    else if (!fromIssue && daysBetween(values.from, values.to) + 1 > MAX_RANGE_DAYS) {
      issues.push({ path: ['to'], message: `A range can cover at most ${MAX_RANGE_DAYS} days.` });
    }
  }
  return issues;
}

/** Every problem of the form at once, each at the path of the input that shows it. */
export function salesFormIssues(values: SalesFormValues, today: Day, options: readonly TypeOption[] = []): Issue[] {
  const issues: Issue[] = dateIssues(values, today);
  if (values.lines.length === 0) issues.push({ path: ['lines'], message: 'Add at least one ticket line.' });
  const seen = new Set<string>();
  values.lines.forEach((line, i) => {
    const type = lineType(line);
    const at = ['lines', i, typeKey(line)];
    const existing = line.choice === NEW_TYPE ? existingTypeNamed(options, type) : undefined;
    if (type === '') issues.push({ path: at, message: line.choice === NEW_TYPE ? 'Name the new ticket type.' : 'Choose a ticket type.' });
    // the ingest would store "Regular" or "Grandstand" apart from "regular": the same tickets, split in two
    else if (existing) issues.push({ path: at, message: `The event already has this ticket type: choose “${existing.label}” in the list instead.` });
    else if (seen.has(typeNameKey(type))) issues.push({ path: at, message: 'This ticket type is already on another line; combine them.' });
    seen.add(typeNameKey(type));
    const sold = parseTickets(line.sold);
    if (!sold.ok) issues.push({ path: ['lines', i, 'sold'], message: sold.message });
    const revenue = parseRevenue(line.revenue);
    if (!revenue.ok) issues.push({ path: ['lines', i, 'revenue'], message: revenue.message });
  });
  if (!values.overCapacity) {
    for (const { index, message } of overCapacityLines(values, options)) {
      if (!issues.some((i) => i.path.join('.') === `lines.${index}.sold`)) issues.push({ path: ['lines', index, 'sold'], message });
    }
  }
  return issues;
}

/** The request body for valid values (one day: from = to). */
export function toTransactionSummary(values: SalesFormValues, eid: string): TransactionSummaryInput {
  const read = (parsed: ReturnType<typeof parseTickets>) => (parsed.ok ? parsed.value : Number.NaN);
  return {
    eid,
    from: values.from,
    to: values.mode === 'range' ? values.to : values.from,
    tickets: values.lines.map((line) => ({ type: lineType(line), sold: read(parseTickets(line.sold)), revenue: read(parseRevenue(line.revenue)) })),
  };
}

const lineShape = z.object({ choice: z.string(), newType: z.string(), sold: z.string(), revenue: z.string() });
const formShape = z.object({ mode: z.enum(['day', 'range']), from: z.string(), to: z.string(), lines: z.array(lineShape), overCapacity: z.optional(z.boolean()) });

/**
 * The form's schema (a Standard Schema for react-hook-form): text in, the API's request body out,
 * checked again by the API's own `transactionSummaryInputSchema`. `today` is the partner's day;
 * `options` (the event's ticket types with capacity and sales) enable the capacity check.
 */
export function salesFormSchema({ eid, today, options = [] }: { eid: string; today: Day; options?: readonly TypeOption[] }) {
  const checked = formShape.check((ctx) => {
    for (const issue of salesFormIssues(ctx.value, today, options)) ctx.issues.push({ code: 'custom', input: ctx.value, ...issue });
  });
  return z.pipe(z.pipe(checked, z.transform((values) => toTransactionSummary(values, eid))), transactionSummaryInputSchema);
}
