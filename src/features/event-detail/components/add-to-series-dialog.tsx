import { useId, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Modal } from '@/components/ui/modal';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import { env } from '@/config/env';
import { formatNumber } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';
import { whenAndWhere } from '@/lib/when-and-where';
import { eventDetailQueries } from '../api/queries';

/** Which date of a show it is: dates of a series share their title. */
const whenAndWhereOf = (e: Event) => whenAndWhere(e, env.partnerTimeZone);

const PAGE_SIZE = 50;

function CandidateList({ legend, hideLegend = false, events, picked, toggle }: {
  legend: string;
  hideLegend?: boolean;
  events: readonly Event[];
  picked: ReadonlyMap<string, Event>;
  toggle: (event: Event, on: boolean) => void;
}) {
  return (
    <fieldset className="series-picker__list">
      <legend className={hideLegend ? 'visually-hidden' : 'series-picker__legend'}>{legend}</legend>
      {events.map((c) => (
        <label key={c.id} className="series-picker__option">
          <input type="checkbox" checked={picked.has(c.id)} onChange={(e) => toggle(c, e.target.checked)} />
          <span>
            <strong>{c.title}</strong>
            <span className="muted"> {whenAndWhereOf(c)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Pick events for the series: before any search, the events with this event's title (the other
 * dates of the same show) come first; search (debounced), tick several — the picks survive new
 * searches — and add them together (one request with every id).
 */
export function AddToSeriesDialog({ eid, eventTitle, open, members, onClose, onAdd }: {
  eid: string;
  eventTitle: string;
  open: boolean;
  members: readonly Event[];
  onClose: () => void;
  onAdd: (events: Event[]) => void;
}) {
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Map<string, Event>>(new Map());
  const term = useDebouncedValue(q.trim(), 300);
  const listId = useId();
  const query = useQuery({
    ...eventDetailQueries.seriesCandidates(eid, { q: term || undefined, limit: PAGE_SIZE }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const sameTitle = useQuery({
    ...eventDetailQueries.seriesCandidates(eid, { q: eventTitle, limit: PAGE_SIZE }),
    enabled: open && !term,
  });
  const memberIds = new Set(members.map((m) => m.id));
  const available = (e: Event) => e.id !== eid && !memberIds.has(e.id);
  // only before a search; the list waits for them so it does not jump when they arrive (a failed
  // read just leaves them out: every event is in the full list too)
  const waitingForSuggestions = !term && sameTitle.isPending && open;
  // the search also matches city, venue and id: keep the events whose title is this one's
  const titleKey = eventTitle.trim().toLowerCase();
  const suggested = !term && sameTitle.data ? sameTitle.data.items.filter((e) => available(e) && e.title.trim().toLowerCase() === titleKey) : [];
  const suggestedIds = new Set(suggested.map((e) => e.id));
  const candidates = (query.data?.items ?? []).filter((e) => available(e) && !suggestedIds.has(e.id));

  const close = () => { setQ(''); setPicked(new Map()); onClose(); };
  const toggle = (event: Event, on: boolean) =>
    setPicked((prev) => {
      const next = new Map(prev);
      if (on) next.set(event.id, event);
      else next.delete(event.id);
      return next;
    });

  if (!open) return null;
  return (
    <Modal title="Add events to the series" onClose={close} wide>
      <form
        className="series-picker"
        onSubmit={(e) => {
          e.preventDefault();
          if (picked.size === 0) return;
          const events = [...picked.values()];
          setQ('');
          setPicked(new Map());
          onAdd(events);
        }}
      >
        <label className="field">
          <span>Search events</span>
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Title, city or venue" aria-controls={listId} data-autofocus />
        </label>
        <div className="series-picker__results" id={listId} aria-busy={query.isFetching}>
          {query.error && !query.data ? (
            <ErrorPanel title="Could not load events" error={query.error} onRetry={() => void query.refetch()} />
          ) : !query.data || waitingForSuggestions ? (
            <p className="muted" role="status">Loading events…</p>
          ) : candidates.length === 0 && suggested.length === 0 ? (
            <p className="muted" role="status">{term ? `No events match “${term}”.` : 'No events can join this series.'}</p>
          ) : (
            <>
              {suggested.length > 0 && <CandidateList legend="Same title as this event" events={suggested} picked={picked} toggle={toggle} />}
              {candidates.length > 0 && (
                <CandidateList
                  legend={suggested.length > 0 ? 'Other events' : 'Events that can join the series'}
                  hideLegend={suggested.length === 0}
                  events={candidates}
                  picked={picked}
                  toggle={toggle}
                />
              )}
            </>
          )}
          {query.data && query.data.total > query.data.items.length && (
            <p className="muted">Showing {formatNumber(query.data.items.length)} of {formatNumber(query.data.total)}; search to narrow the list.</p>
          )}
        </div>
        <div className="series-picker__actions">
          <p className="muted" aria-live="polite">{picked.size === 0 ? 'No events selected.' : `${picked.size} selected: ${[...picked.values()].map((e) => `${e.title} (${whenAndWhereOf(e)})`).join('; ')}`}</p>
          <div className="row">
            <button type="button" className="button" onClick={close}>Cancel</button>
            <button type="submit" className="button button--primary" disabled={picked.size === 0}>
              {picked.size <= 1 ? 'Add event' : `Add ${picked.size} events`}
            </button>
          </div>
        </div>
      </form>
    </Modal>
  );
}
