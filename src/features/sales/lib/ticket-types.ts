import type { TicketCategory } from '@/lib/schemas/ticket-category';

export interface TypeOption {
  value: string;
  label: string;
  /** The names of the categories of this type, where they differ from it ("Entry" for "regular"). */
  names?: readonly string[];
  /** Seats of the type's categories, and tickets sold so far; null when any category leaves it out. */
  capacity?: number | null;
  sold?: number | null;
}

/**
 * The ticket types a sales line can use, from the event's categories: the category's `type` is
 * what the ingest stores (a category without one is known by its name). Categories sharing a
 * type become one option naming them all.
 */
export function ticketTypeOptions(categories: readonly TicketCategory[]): TypeOption[] {
  const names = new Map<string, string[]>();
  const figures = new Map<string, { capacity: number | null; sold: number | null }>();
  const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  for (const c of categories) {
    const value = (c.type ?? c.name).trim();
    if (!value) continue;
    const list = names.get(value) ?? [];
    if (c.name && !list.includes(c.name)) list.push(c.name);
    names.set(value, list);
    const f = figures.get(value) ?? { capacity: 0, sold: 0 };
    figures.set(value, { capacity: add(f.capacity, c.capacity), sold: add(f.sold, c.sold) });
  }
  return [...names].map(([value, list]) => {
    const named = list.filter((n) => n.toLowerCase() !== value.toLowerCase());
    return { value, label: named.length > 0 ? `${named.join(', ')} (${value})` : (list[0] ?? value), names: named, ...figures.get(value) };
  });
}

/**
 * A type or category name as a person means it: letter case, accents and runs of spaces do not
 * make another type ("Saison  ticket" is "Saisón Ticket"), so they are left out of comparisons.
 */
export const typeNameKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The event's type a typed name stands for: its code ("REGULAR") or one of its categories' names
 * ("Grandstand" for "regular"). The ingest would file either as a second type splitting the same tickets.
 */
export function existingTypeNamed(options: readonly TypeOption[], name: string): TypeOption | undefined {
  const key = typeNameKey(name);
  return options.find((o) => [o.value, ...(o.names ?? [])].some((n) => typeNameKey(n) === key));
}
