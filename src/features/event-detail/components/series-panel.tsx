import { useRef, useState } from 'react';
import { EventLink } from '@/components/event/event-link';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { useQuery } from '@tanstack/react-query';
import { env } from '@/config/env';
import { describeError } from '@/lib/api-errors';
import { formatDateTime } from '@/lib/format';
import type { Event } from '@/lib/schemas/event';
import { eventDetailQueries } from '../api/queries';
import { memberLabel, siblings } from '../lib/series';
import { AddToSeriesDialog } from './add-to-series-dialog';
import { Panel, QueryState } from './panel';
import { useSeriesMutations } from './use-series-mutations';

/** The other events of this event's series (links), with add and remove. */
export function SeriesPanel({ eid, eventTitle }: { eid: string; eventTitle: string }) {
  const tz = env.partnerTimeZone;
  const query = useQuery(eventDetailQueries.series(eid));
  const { add, remove } = useSeriesMutations(eid);
  const [adding, setAdding] = useState(false);
  // the last event taken out, until the next write: its message offers to put it back. A write
  // started after a remove (another remove, an add, Undo) makes that remove's Undo stale.
  const [removed, setRemoved] = useState<Event | null>(null);
  // the event Undo put back: its link takes the focus the vanished Undo button had
  const [restored, setRestored] = useState<string | null>(null);
  const writes = useRef(0);
  const nextWrite = () => { setRemoved(null); return ++writes.current; };
  const removeMember = (m: Event) => {
    const write = nextWrite();
    remove.mutate(m, { onSuccess: () => { if (writes.current === write) setRemoved(m); } });
  };
  const addMembers = (events: Event[]) => { nextWrite(); add.mutate(events); };
  const members = siblings(query.data ?? [], eid);
  const failed = add.isError ? add : remove.isError ? remove : null;

  return (
    <Panel
      title="Event series"
      className="series-panel"
      actions={<button type="button" className="button" onClick={() => setAdding(true)} disabled={!query.data}>Add events</button>}
    >
      <QueryState query={query} height={160} what="the event series">
        {() =>
          members.length === 0 ? (
            <p className="muted">This event is not part of a series yet. Add the other dates of the same show: they are listed here, each a click away.</p>
          ) : (
            <ul className="series-list" aria-label={`Other events in the series of ${eventTitle}`}>
              {members.map((m) => (
                <li key={m.id} className="series-list__item">
                  <EventLink
                    className="series-list__text"
                    to={`/events/${encodeURIComponent(m.id)}`}
                    ref={m.id === restored ? focusIfLost : undefined}
                    title={m.title}
                    status={m.status}
                    details={`${formatDateTime(m.start_date_time, tz)}${m.city ? ` · ${m.city}` : ''}`}
                  />
                  <button type="button" className="button button--ghost" aria-label={`Remove ${memberLabel(m, tz)} from the series`} onClick={() => removeMember(m)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <p className="muted" role="status">
        {add.isPending || remove.isPending ? 'Saving the series…' : removed ? (
          <>
            {/* every member has the series' title: the date says which one went */}
            “{removed.title}” ({formatDateTime(removed.start_date_time, tz)}) was removed from the series.{' '}
            <button type="button" className="button button--small" ref={focusIfLost} aria-label={`Undo: put “${memberLabel(removed, tz)}” back into the series`} onClick={() => { setRestored(removed.id); addMembers([removed]); }}>
              Undo
            </button>
          </>
        ) : ''}
      </p>
      {failed && (
        <div className="form-error" role="alert">
          {failed === add
            ? `Could not add ${add.variables?.length === 1 ? 'the event' : `${add.variables?.length ?? 0} events`} to the series: `
            : `Could not remove ${remove.variables ? memberLabel(remove.variables, tz) : 'the event'} from the series: `}
          {describeError(failed.error)} The list shows what is saved.{' '}
          {/* a failed remove took the pressed button with its row: the keyboard goes on here */}
          <button
            type="button"
            className="button"
            ref={focusIfLost}
            // through the panel's own writes: the Undo of a retried remove, and the focus it takes
            onClick={() => {
              if (failed === add && add.variables) addMembers(add.variables);
              else if (remove.variables) removeMember(remove.variables);
            }}
          >
            Try again
          </button>
        </div>
      )}
      <AddToSeriesDialog
        eid={eid}
        eventTitle={eventTitle}
        open={adding}
        members={members}
        onClose={() => setAdding(false)}
        onAdd={(events) => { setAdding(false); addMembers(events); }}
      />
    </Panel>
  );
}
