import { useRef, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { EventLink } from '@/components/event/event-link';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { formatCount, formatDateTime, formatNumber } from '@/lib/format';
import type { Day } from '@/lib/dates';
import type { Event } from '@/lib/schemas/event';
import { salesQueries } from '../api/queries';
import { choiceWindow, type EventWhen } from '../lib/event-choices';

export interface PickerState { q: string; page: number; when: EventWhen }

const OTHER: Record<EventWhen, { when: EventWhen; label: string }> = {
  upcoming: { when: 'past', label: 'Show past events' },
  past: { when: 'upcoming', label: 'Show upcoming events' },
};

/** When and where: "Sat, 12 Dec 2026, 20:00 · Olympiahalle, München". */
const pickerDetails = (event: Pick<Event, 'start_date_time' | 'venue_name' | 'city'>, timeZone: string) => {
  const place = [event.venue_name, event.city].filter(Boolean).join(', ');
  return `${formatDateTime(event.start_date_time, timeZone)}${place ? ` · ${place}` : ''}`;
};

/** Find the event whose sales to manage: upcoming or past, the nearest to today first; search by text. */
export function EventPicker({ state, today, timeZone, onChange, linkTo }: {
  state: PickerState;
  /** the partner's day: upcoming events are those from today on */
  today: Day;
  timeZone: string;
  onChange: (next: PickerState) => void;
  linkTo: (eid: string) => string;
}) {
  const choices = useQuery({ ...salesQueries.eventChoices({ q: state.q, page: state.page, ...choiceWindow(state.when, today) }), placeholderData: keepPreviousData });
  const data = choices.data;
  const count = useRef<HTMLParagraphElement>(null);
  // the pressed page button may turn disabled, which would drop the focus to the page: it moves
  // to the count above the list instead (as in the events list)
  const goTo = (page: number) => {
    onChange({ ...state, page });
    count.current?.focus();
  };
  const placeholder = <Skeleton height="20rem" label="Loading events" />;
  return (
    <section className="card sales-card" aria-labelledby="sales-pick-title">
      <h2 id="sales-pick-title">Choose an event</h2>
      <SearchForm key={state.q} state={state} onChange={onChange} />
      {choices.isPending ? (
        placeholder
      ) : choices.data === undefined ? (
        <ErrorPanel error={choices.error} onRetry={() => void choices.refetch()} title="Could not load the events" holds={placeholder} />
      ) : data && data.items.length === 0 && state.page > 1 && data.total > 0 ? (
        // a bookmarked page that the list has since shrunk below (as in the events list)
        <div className="sales-empty">
          <p><strong>This page is past the end of the list.</strong></p>
          <p><button type="button" className="button" onClick={() => onChange({ ...state, page: 1 })}>Go to the first page</button></p>
        </div>
      ) : data && data.items.length === 0 ? (
        <div className="sales-empty">
          <p><strong>No {state.when} events found{state.q ? ` for “${state.q}”` : ''}.</strong></p>
          <p>
            <button type="button" className="button" onClick={() => onChange({ ...state, when: OTHER[state.when].when, page: 1 })}>{OTHER[state.when].label}</button>
          </p>
        </div>
      ) : data ? (
        <>
          <p ref={count} tabIndex={-1} className="muted" aria-live="polite">{formatCount(data.total, 'event', 'events')}</p>
          <ul className="sales-picker__list" aria-busy={choices.isFetching}>
            {data.items.map((event) => (
              <li key={event.id}>
                <EventLink to={linkTo(event.id)} className="sales-picker__link" title={event.title} details={pickerDetails(event, timeZone)} />
              </li>
            ))}
          </ul>
          {data.pages > 1 && (
            <nav className="row sales-picker__pages" aria-label="Pages of events">
              <button type="button" className="button" disabled={state.page <= 1} onClick={() => goTo(state.page - 1)}>Previous</button>
              <span>Page {formatNumber(state.page)} of {formatNumber(data.pages)}</span>
              <button type="button" className="button" disabled={state.page >= data.pages} onClick={() => goTo(state.page + 1)}>Next</button>
            </nav>
          )}
        </>
      ) : null}
    </section>
  );
}

/** The search box keeps what is typed until submitted; a new `q` in the URL (back/forward) resets it. */
function SearchForm({ state, onChange }: { state: PickerState; onChange: (next: PickerState) => void }) {
  const [text, setText] = useState(state.q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...state, q: text.trim(), page: 1 });
  };
  return (
    <form className="row sales-picker__search" role="search" onSubmit={submit}>
      <label htmlFor="sales-pick-q" className="visually-hidden">Search events</label>
      <input id="sales-pick-q" type="search" placeholder="Title, city or venue" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button button--primary">Search</button>
      <div className="row" role="radiogroup" aria-label="Events to list">
        <label className="check">
          <input type="radio" name="sales-pick-when" checked={state.when === 'upcoming'} onChange={() => onChange({ ...state, when: 'upcoming', page: 1 })} /> From today on, soonest first
        </label>
        <label className="check">
          <input type="radio" name="sales-pick-when" checked={state.when === 'past'} onChange={() => onChange({ ...state, when: 'past', page: 1 })} /> Up to today, most recent first
        </label>
      </div>
    </form>
  );
}
