import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 300;

/** Free-text filter: applied 300 ms after typing stops; follows the URL when it changes elsewhere. */
export function SearchBox({ value, onSearch, label = 'Search events' }: { value: string; onSearch: (q: string) => void; label?: string }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // the URL changed (clear filters, back/forward): show it, unless it is what we typed
    setSeen(value);
    if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, value, onSearch]);

  return (
    <label className="field events-filters__search">
      <span>{label}</span>
      <input type="search" value={text} placeholder="Title, city, venue…" onChange={(e) => setText(e.target.value)} />
    </label>
  );
}
