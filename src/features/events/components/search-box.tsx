import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 300;

/** Free-text filter: applied 300 ms after typing stops; follows the URL when it changes elsewhere. */
export function SearchBox({ value, onSearch, label = 'Search events' }: { value: string; onSearch: (q: string) => void; label?: string }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // the last search this box applied: when it lands in the URL the user may have typed on
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    // the URL changed elsewhere (clear filters, back/forward): show it; our own search arriving
    // late must not overwrite what was typed since. Once it has landed, the same value coming
    // back later (Forward, Back after Clear filters) is a change from elsewhere like any other.
    setSeen(value);
    if (value === sent) setSent(null);
    else if (value !== text.trim()) setText(value);
  }

  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => { setSent(text.trim()); onSearch(text.trim()); }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, value, onSearch]);

  return (
    <label className="field events-filters__search">
      <span>{label}</span>
      <input type="search" value={text} placeholder="Title, city, venue…" onChange={(e) => setText(e.target.value)} />
    </label>
  );
}
