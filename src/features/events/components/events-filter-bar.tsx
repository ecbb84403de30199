import { useCallback, useId, useRef, useState } from 'react';
import { formatNumber, pluralize } from '@/lib/format';
import { categoryLabel, KNOWN_CATEGORIES } from '@/lib/humanize';
import type { EventSort } from '../api/list-query';
import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { activeFilterCount, clearFilters, coversPast, LIFECYCLE_FILTERS, searchDays, type EventsSearch } from '../lib/events-search';
import { CAMPAIGN_STATUS_OPTIONS, lifecycleLabel } from '../lib/labels';
import type { SetEventsSearch } from '../lib/use-events-search';
import { CityVenueFilter } from './city-venue-filter';
import { DateRangeFilter } from './date-range-filter';
import { FilterSelect } from './filter-select';
import { MultiSelect } from './multi-select';
import { SearchBox } from './search-box';

export const SORT_OPTIONS: { value: EventSort; label: string }[] = [
  { value: 'start_date_time', label: 'Soonest first' },
  { value: '-start_date_time', label: 'Latest first' },
  { value: 'title', label: 'Title A–Z' },
  { value: '-capacity', label: 'Largest capacity' },
  { value: 'benchmark_gap', label: 'Most behind benchmark' },
];

/** The sort's name where the list reaches into the past: its order follows the forecast, past rows show their result. */
const sortLabel = (o: (typeof SORT_OPTIONS)[number], past: boolean) => (past && o.value === 'benchmark_gap' ? 'Most behind benchmark (by forecast)' : o.label);

const STATUS_OPTIONS = LIFECYCLE_FILTERS.map((value) => ({ value, label: lifecycleLabel(value) }));

const CATEGORY_OPTIONS = KNOWN_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }));

interface Props { search: EventsSearch; setSearch: SetEventsSearch }

function MoreFilters({ search, setSearch, active }: Props & { active: number }) {
  const past = coversPast(searchDays(search, env.partnerTimeZone), today(env.partnerTimeZone));
  return (
    <>
      <DateRangeFilter search={search} setSearch={setSearch} />
      <FilterSelect
        label="Sort by"
        className="field events-filters__sort"
        value={search.sort}
        options={SORT_OPTIONS.map((o) => ({ value: o.value, label: sortLabel(o, past) }))}
        onChange={(sort) => setSearch({ sort })}
      />
      <CityVenueFilter search={search} setSearch={setSearch} />
      <MultiSelect label="Category" options={CATEGORY_OPTIONS} selected={search.category} onChange={(category) => setSearch({ category })} />
      <MultiSelect
        label="Campaign"
        options={CAMPAIGN_STATUS_OPTIONS}
        selected={search.campaign_status}
        onChange={(v) => setSearch({ campaign_status: v as EventsSearch['campaign_status'] })}
      />
      <FilterSelect label="Status" value={search.status} options={STATUS_OPTIONS} onChange={(status) => setSearch({ status })} />
      <div className="events-filters__toggles events-filters__wide">
        <label className="check">
          <input type="checkbox" checked={search.campaigns} onChange={(e) => setSearch({ campaigns: e.target.checked })} />
          Only with campaigns
        </label>
        <label className="check">
          <input type="checkbox" checked={search.flagged} onChange={(e) => setSearch({ flagged: e.target.checked })} />
          Only flagged events
        </label>
        <label className="check">
          <input type="checkbox" checked={search.hidden} onChange={(e) => setSearch({ hidden: e.target.checked })} />
          Only hidden events
        </label>
        {active > 0 && (
          <button type="button" className="button button--small" onClick={() => setSearch(clearFilters)}>
            Clear filters ({active})
          </button>
        )}
      </div>
    </>
  );
}

/**
 * Every filter and the sort of the events list (also the Wave list); all of it lives in the URL.
 * On narrow screens everything but the search folds behind "More filters", and "Show N events"
 * at the end folds it away again: open, it covered the results it had filtered. `total` is the
 * current result count (undefined while loading).
 */
export function EventsFilterBar({ search, setSearch, total }: Props & { total?: number | undefined }) {
  // refining a search replaces its history entry (no entry per keystroke); starting or clearing
  // one is a new entry, so Back returns to the list as it was before the search
  const searching = search.q !== '';
  const onSearch = useCallback((q: string) => setSearch({ q }, { replace: searching && q !== '' }), [setSearch, searching]);
  const active = activeFilterCount(search);
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <section className={`card events-filters${expanded ? ' is-expanded' : ''}`} aria-label="Filters">
      <SearchBox value={search.q} onSearch={onSearch} />
      <button ref={toggle} type="button" className="button events-filters__more-toggle" aria-expanded={expanded} aria-controls={moreId} onClick={() => setExpanded((x) => !x)}>
        {expanded ? 'Fewer filters' : `More filters${active > 0 ? ` (${active} set)` : ''}`}
      </button>
      <div id={moreId} className="events-filters__more">
        <MoreFilters search={search} setSearch={setSearch} active={active} />
        <button type="button" className="button button--primary events-filters__done" onClick={() => { setExpanded(false); toggle.current?.focus(); }}>
          {total === undefined ? 'Show the events' : `Show ${formatNumber(total)} ${pluralize(total, 'event', 'events')}`}
        </button>
      </div>
    </section>
  );
}
