import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDateTime, formatNumber } from '@/lib/format';
import { salesQueries } from '../api/queries';

export interface PickerState { q: string; page: number; past: boolean }

/** Find the event whose sales to manage: search by text, upcoming (and recent) events first. */
export function EventPicker({ state, since, timeZone, onChange, linkTo }: {
  state: PickerState;
  /** the earliest event day listed unless `past` */
  since: string;
  timeZone: string;
  onChange: (next: PickerState) => void;
  linkTo: (eid: string) => string;
}) {
  const choices = useQuery({ ...salesQueries.eventChoices({ q: state.q, page: state.page, since: state.past ? null : since }), placeholderData: keepPreviousData });
  const data = choices.data;
  return (
    <section className="card sales-card" aria-labelledby="sales-pick-title">
      <h2 id="sales-pick-title">Choose an event</h2>
      <SearchForm key={state.q} state={state} onChange={onChange} />
      {choices.isPending ? (
        <Skeleton height="20rem" label="Loading events" />
      ) : choices.isError ? (
        <ErrorPanel error={choices.error} onRetry={() => void choices.refetch()} title="Could not load the events" />
      ) : data && data.items.length === 0 ? (
        <div className="sales-empty">
          <p><strong>No events found{state.q ? ` for “${state.q}”` : ''}.</strong></p>
          {!state.past && <p className="muted">Older events are hidden; tick “Include older events” to search them too.</p>}
        </div>
      ) : data ? (
        <>
          <p className="muted" aria-live="polite">{formatNumber(data.total)} {data.total === 1 ? 'event' : 'events'}</p>
          <ul className="sales-picker__list" aria-busy={choices.isFetching}>
            {data.items.map((event) => (
              <li key={event.id}>
                <Link to={linkTo(event.id)} className="sales-picker__link">{event.title}</Link>
                <span className="muted">
                  {formatDateTime(event.start_date_time, timeZone)}
                  {[event.venue_name, event.city].filter(Boolean).length > 0 && ` · ${[event.venue_name, event.city].filter(Boolean).join(', ')}`}
                </span>
              </li>
            ))}
          </ul>
          {data.pages > 1 && (
            <nav className="row sales-picker__pages" aria-label="Pages of events">
              <button type="button" className="button" disabled={state.page <= 1} onClick={() => onChange({ ...state, page: state.page - 1 })}>Previous</button>
              <span>Page {formatNumber(state.page)} of {formatNumber(data.pages)}</span>
              <button type="button" className="button" disabled={state.page >= data.pages} onClick={() => onChange({ ...state, page: state.page + 1 })}>Next</button>
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
      <label className="check">
        <input type="checkbox" checked={state.past} onChange={(e) => onChange({ ...state, past: e.target.checked, page: 1 })} /> Include older events
      </label>
    </form>
  );
}
