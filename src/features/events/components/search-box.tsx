import { useLeadingValue } from '@/components/ui/use-leading-value';

const DEBOUNCE_MS = 300;
const trim = (text: string) => text.trim();

/** Free-text filter: applied 300 ms after typing stops; follows the URL when it changes elsewhere. */
export function SearchBox({ value, onSearch, label = 'Search events' }: { value: string; onSearch: (q: string) => void; label?: string }) {
  const [text, setText] = useLeadingValue(value, onSearch, DEBOUNCE_MS, trim);
  return (
    <label className="field events-filters__search">
      <span>{label}</span>
      <input type="search" value={text} placeholder="Title, city, venue…" onChange={(e) => setText(e.target.value)} />
    </label>
  );
}
