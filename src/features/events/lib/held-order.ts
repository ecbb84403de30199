/**
 * The rows in the order of `heldIds` (the order they were shown in when the hold began), so a
 * change that re-sorts them (a flag pins its row to the top) does not move rows under the
 * pointer. A row that is gone closes its gap. A row not shown before (another page, a filter)
 * means other rows altogether: null, the rows come as given.
 */
export function inHeldOrder<T extends { id: string }>(heldIds: readonly string[], rows: readonly T[]): readonly T[] | null {
  const at = new Map(heldIds.map((id, i) => [id, i]));
  if (rows.some((row) => !at.has(row.id))) return null;
  return [...rows].sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
}
