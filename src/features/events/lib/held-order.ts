/**
 * The rows in the order of `heldIds` (the order they were shown in when the hold began), so a
 * change that re-sorts the same list (a flag pins its row to the top) does not move rows under
 * the pointer. A row that is gone closes its gap; a row not shown before (one that slid in from
 * the next page) comes last, below the held ones.
 */
export function inHeldOrder<T extends { id: string }>(heldIds: readonly string[], rows: readonly T[]): readonly T[] {
  const at = new Map(heldIds.map((id, i) => [id, i]));
  const held = rows.filter((row) => at.has(row.id)).sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
  return [...held, ...rows.filter((row) => !at.has(row.id))];
}
