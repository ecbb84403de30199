import type { DateRangePreset, EventsSearch } from '../lib/events-search';
import type { SetEventsSearch } from '../lib/use-events-search';
import { DayFilterInput } from './day-filter-input';
import { FilterSelect } from './filter-select';

const PRESETS: { value: DateRangePreset; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'next-14', label: 'Next 14 days' },
  { value: 'next-30', label: 'Next 30 days' },
  { value: 'past-7', label: 'Past 7 days' },
  { value: 'past-90', label: 'Past 90 days' },
  { value: 'all', label: 'All dates' },
  { value: 'custom', label: 'Custom range…' },
];

/** Date preset, and From/To days for a custom range (either end may stay open). */
export function DateRangeFilter({ search, setSearch }: { search: EventsSearch; setSearch: SetEventsSearch }) {
  const reversed = search.range === 'custom' && search.since && search.until && search.since > search.until;
  return (
    <>
      <FilterSelect label="Date" value={search.range} options={PRESETS} onChange={(range) => setSearch({ range })} />
      {search.range === 'custom' && (
        <>
          <DayFilterInput label="From" value={search.since} onCommit={(since) => setSearch({ since })} invalid={Boolean(reversed)} describedBy={reversed ? 'range-error' : undefined} />
          <DayFilterInput label="To" value={search.until} onCommit={(until) => setSearch({ until })} invalid={Boolean(reversed)} describedBy={reversed ? 'range-error' : undefined} />
          {reversed && <p id="range-error" className="field-error events-filters__wide">“From” is after “To”; showing the days in between.</p>}
          {/* an open range shows everything, past included: say so until a day is chosen */}
          {!search.since && !search.until && <p className="muted events-filters__wide" role="status">Choose a first or last day; until then every date is shown.</p>}
        </>
      )}
    </>
  );
}
