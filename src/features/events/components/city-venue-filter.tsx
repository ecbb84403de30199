import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { eventQueries } from '../api/queries';
import type { Venue } from '../api/schemas';
import type { EventsSearch } from '../lib/events-search';
import type { SetEventsSearch } from '../lib/use-events-search';
import { MultiSelect } from './multi-select';

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
const venueLabel = (v: Venue) => [v.venue_name ?? v.id, v.hall_name].filter(Boolean).join(' · ');

/**
 * City (multi) → venue/hall (multi). Both come from one read of every venue (`/events/venues`,
 * each with its city): choosing a city shows its venues at once, with no request of its own to
 * compete with the list's; dropping a city drops its venues.
 */
export function CityVenueFilter({ search, setSearch }: { search: EventsSearch; setSearch: SetEventsSearch }) {
  const allVenues = useQuery(eventQueries.venues());
  const errorId = useId();

  const cities = [...new Set((allVenues.data ?? []).map((v) => v.city).filter((c): c is string => Boolean(c)))]
    .map((c) => ({ value: c, label: c }))
    .sort(byLabel);
  const venues = (allVenues.data ?? [])
    .filter((v) => v.city && search.city.includes(v.city))
    .map((v) => ({ value: v.id, label: search.city.length > 1 ? `${venueLabel(v)} (${v.city})` : venueLabel(v) }))
    .sort(byLabel);

  const onCities = (city: string[]) => {
    const keepVh = allVenues.data?.filter((v) => v.city && city.includes(v.city)).map((v) => v.id);
    setSearch({ city }, { keepVh });
  };

  // a failed read is said in the two fields' own places (a line of its own grew the filter bar and
  // moved the table); what is already chosen (a shared link) stays listed and removable
  if (allVenues.isError && !allVenues.data) {
    const retry = (
      <div className="field multi-select">
        <span>Venue / hall</span>
        <button type="button" className="multi-select__summary multi-select__retry" aria-describedby={errorId} onClick={() => void allVenues.refetch()}>
          Try again
        </button>
        <span id={errorId} className="visually-hidden">Cities and venues could not be loaded.</span>
      </div>
    );
    return (
      <>
        <MultiSelect label="City" options={[]} selected={search.city} onChange={onCities} disabledText={search.city.length ? undefined : 'could not be loaded'} />
        {search.vh.length ? <MultiSelect label="Venue / hall" options={[]} selected={search.vh} onChange={(vh) => setSearch({ vh })} /> : retry}
      </>
    );
  }

  return (
    <>
      <MultiSelect label="City" options={cities} selected={search.city} onChange={onCities} loading={allVenues.isPending} />
      <MultiSelect
        label="Venue / hall"
        options={venues}
        selected={search.vh}
        onChange={(vh) => setSearch({ vh })}
        loading={search.city.length > 0 && allVenues.isPending}
        disabledText={search.city.length === 0 && search.vh.length === 0 ? 'pick a city first' : undefined}
      />
    </>
  );
}
