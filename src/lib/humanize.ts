/**
 * An API code as words, for open value sets the dashboard has no label for:
 * "product_release" → "Product release", "RUNNING" → "Running", "young-urban_pros" → "Young urban pros".
 * `keepCase` for keys whose capitals mean something ("EDM_fans" → "EDM fans").
 */
export function humanize(value: string, { keepCase = false } = {}): string {
  const spaced = value.replace(/[_-]+/g, ' ').trim();
  const words = keepCase ? spaced : spaced.toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : value;
}

/**
 * Event categories the dashboard knows. The API has no category list (contract gap) and the set
 * is open: an event's own category is always shown and offered, known or not.
 */
export const KNOWN_CATEGORIES = ['concert', 'sports', 'theatre', 'comedy', 'fair', 'product_release'] as const;
export const categoryLabel = (v: string | null) => (v ? humanize(v) : '—');
