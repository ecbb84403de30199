/**
 * The class of a block that shows the previous data while the new loads (placeholderData, a
 * re-evaluation): one look everywhere (`.stale-data`, styles.css). Give the block `aria-busy` too.
 */
export function staleClass(stale: boolean, base?: string): string | undefined {
  if (!stale) return base;
  return base ? `${base} stale-data` : 'stale-data';
}
