import { formatNumber, formatPercent } from '@/lib/format';
import type { Ticket } from '../api/schemas';

export interface TicketRow extends Ticket {
  /** sold ÷ capacity; null when either is unknown or the capacity is 0 */
  sellThrough: number | null;
}

const share = (sold: number | null, capacity: number | null) =>
  sold !== null && capacity !== null && capacity > 0 ? sold / capacity : null;

export const ticketRows = (tickets: readonly Ticket[]): TicketRow[] =>
  tickets.map((t) => ({ ...t, sellThrough: share(t.sold, t.capacity) }));

export interface TicketTotals {
  sold: number | null;
  /** null when any category's capacity is unknown: the whole is unknown then */
  capacity: number | null;
  revenue: number | null;
  /** over the categories with a known capacity only */
  sellThrough: number | null;
  /** the categories without a known capacity, while others have one (the sell-through leaves them out) */
  withoutCapacity: string[];
}

const sum = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
};

/**
 * Totals over all categories. The capacity is only known when every category's is: a sum of the
 * known ones beside every category's tickets would read as a share that does not match the
 * sell-through, which only counts categories with a known capacity.
 */
export function ticketTotals(tickets: readonly Ticket[]): TicketTotals {
  const withCapacity = tickets.filter((t) => t.capacity !== null);
  const without = tickets.filter((t) => t.capacity === null);
  return {
    sold: sum(tickets.map((t) => t.sold)),
    capacity: without.length > 0 ? null : sum(tickets.map((t) => t.capacity)),
    revenue: sum(tickets.map((t) => t.revenue)),
    sellThrough: share(sum(withCapacity.map((t) => t.sold)) ?? 0, sum(withCapacity.map((t) => t.capacity))),
    withoutCapacity: withCapacity.length > 0 ? without.map((t) => t.name) : [],
  };
}

/**
 * One sentence for the sell-through chart: the best and the least selling category. When both
 * show the same whole percent, naming a "best" and a "least" would be a false contrast (all at
 * 100 % is common once an event sold out), so it says they sell alike. Free categories (a guest
 * list) are not on sale: beside paid ones they are left out, never named the least selling.
 */
export function sellThroughSummary(rows: readonly TicketRow[]): string {
  const known = rows.filter((r) => r.sellThrough !== null);
  const paid = known.filter((r) => r.price !== 0);
  const onlyPaid = paid.length > 0 && paid.length < known.length;
  const ranked = (onlyPaid ? paid : known).sort((a, b) => (b.sellThrough ?? 0) - (a.sellThrough ?? 0));
  const top = ranked[0];
  const low = ranked.at(-1);
  if (!top || !low) return 'No category has a known capacity yet.';
  const [best, least] = [formatPercent(top.sellThrough), formatPercent(low.sellThrough)];
  if (top === low) return `${top.name}: ${best} sold${onlyPaid ? ' (the only paid category)' : ''}.`;
  if (best !== least) return `${top.name} sells best (${best} sold), ${low.name} least (${least})${onlyPaid ? ' of the paid categories' : ''}.`;
  if (onlyPaid) return `Every paid category is ${best} sold.`;
  return ranked.length === rows.length ? `All categories are ${best} sold.` : `Every category with a known capacity is ${best} sold.`;
}

/**
 * When the categories' capacities do not add up to the event's (an edit of the event's capacity
 * leaves the categories as they were), the two sell-through figures on the page differ: say why.
 */
export function capacityNote(categoriesCapacity: number | null, eventCapacity: number | null | undefined): string | null {
  if (categoriesCapacity === null || !eventCapacity || categoriesCapacity === eventCapacity) return null;
  const [held, event] = [formatNumber(categoriesCapacity), formatNumber(eventCapacity)];
  return categoriesCapacity < eventCapacity
    ? `The categories hold ${held} of the event's ${event} seats; the demand benchmark and the sales chart count all ${event}.`
    : `The categories hold ${held} seats, more than the event's capacity of ${event} that the demand benchmark and the sales chart count.`;
}
