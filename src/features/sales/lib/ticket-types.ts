import type { TicketCategory } from '@/lib/schemas/ticket-category';

export interface TypeOption { value: string; label: string }

/**
 * The ticket types a sales line can use, from the event's categories: the category's `type` is
 * what the ingest stores (a category without one is known by its name). Categories sharing a
 * type become one option naming them all.
 */
export function ticketTypeOptions(categories: readonly TicketCategory[]): TypeOption[] {
  const names = new Map<string, string[]>();
  for (const c of categories) {
    const value = (c.type ?? c.name).trim();
    if (!value) continue;
    const list = names.get(value) ?? [];
    if (c.name && !list.includes(c.name)) list.push(c.name);
    names.set(value, list);
  }
  return [...names].map(([value, list]) => {
    const named = list.filter((n) => n.toLowerCase() !== value.toLowerCase());
    return { value, label: named.length > 0 ? `${named.join(', ')} (${value})` : (list[0] ?? value) };
  });
}
