import type { Event } from '@/lib/schemas/event';
import { EVENT_LIST_COLUMNS } from '@/features/events/components/event-columns';
import { EventsList } from '@/features/events/components/events-list';
import { useRememberEventsSearch } from '@/features/events/lib/last-events-search';
import { useCurrency } from './use-partner';
import '../events.css';

const hrefFor = (e: Event) => `/events/${encodeURIComponent(e.id)}`;

/** Lookout: every event with its demand benchmark; filters, flag and hide. */
export function EventsPage() {
  // here, not in EventsList: the Wave list shares it, and the event page leads back to this one
  useRememberEventsSearch();
  // an export's events that name no currency are in the partner's [kit]
  const currency = useCurrency();
  return (
    <section className="page list-page">
      <title>Events · Future Demand</title>
      <h1>Events</h1>
      <EventsList columns={EVENT_LIST_COLUMNS} hrefFor={hrefFor} caption="Events" exportPrefix="events" currency={currency} />
    </section>
  );
}
