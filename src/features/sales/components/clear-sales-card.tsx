import { useState } from 'react';
import type { Day } from '@/lib/dates';
import { useLatestWrite } from '../lib/latest-write';
import { ClearSalesDialog } from './clear-sales-dialog';

/** The irreversible action, set apart; the dialog says what goes and asks for the event's name. */
export function ClearSalesCard({ eid, title, currency, today, afterwards }: {
  eid: string;
  title: string;
  currency: string | null;
  today: Day;
  afterwards: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [cleared, setCleared] = useState(false);
  const latestWrite = useLatestWrite();
  const shown = cleared && latestWrite.current;
  return (
    <section className="card sales-card sales-danger" aria-labelledby="sales-clear-title">
      <h2 id="sales-clear-title">Clear all sales</h2>
      <p className="muted">Deletes every recorded sale of this event: all days and ticket types. This cannot be undone.</p>
      <button type="button" className="button button--danger-outline" onClick={() => { setCleared(false); setOpen(true); }}>
        Clear all sales…
      </button>
      <p className={shown ? 'notice notice--ok' : 'visually-hidden'} role="status">{shown ? 'All sales of this event were deleted.' : ''}</p>
      {open && (
        <ClearSalesDialog
          eid={eid}
          title={title}
          currency={currency}
          today={today}
          afterwards={afterwards}
          onClose={() => setOpen(false)}
          onCleared={() => { setOpen(false); setCleared(true); latestWrite.report(); }}
        />
      )}
    </section>
  );
}
