import { useLeadingValue } from '@/components/ui/use-leading-value';

/**
 * Typing pauses this long before the list follows. 300 ms made results come ~415 ms after the last
 * key on 10,000 events (the read itself ~45 ms); 200 ms is still longer than the gap between
 * keystrokes of steady typing, so a word is read once.
 */
export const SEARCH_SETTLE_MS = 200;
const trim = (text: string) => text.trim();

/** Free-text filter: applied 200 ms after typing stops; follows the URL when it changes elsewhere. */
export function SearchBox({ value, onSearch, label = 'Search events' }: { value: string; onSearch: (q: string) => void; label?: string }) {
  const [text, setText] = useLeadingValue(value, onSearch, SEARCH_SETTLE_MS, trim);
  return (
    <label className="field events-filters__search">
      <span>{label}</span>
      <input type="search" value={text} placeholder="Title, city, venue…" onChange={(e) => setText(e.target.value)} />
    </label>
  );
}
