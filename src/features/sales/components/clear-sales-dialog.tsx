import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api-errors';
import type { Day } from '@/lib/dates';
import { formatCount, formatDayRange, formatMoney } from '@/lib/format';
import { deleteDailyRevenueSummary } from '../api/mutations';
import { salesQueries } from '../api/queries';
import { matchesName } from '../lib/confirm-name';
import { salesHistoryRange, summarizeSales } from '../lib/sales-summary';
import { ExportButton } from './bulk-edit-card';
import { Modal } from '@/components/ui/modal';

/** Says exactly what will be deleted, offers the workbook first, and needs the event's name typed. */
export function ClearSalesDialog({ eid, title, currency, today, afterwards, onClose, onCleared }: {
  eid: string;
  title: string;
  currency: string | null;
  today: Day;
  afterwards: () => Promise<unknown>;
  onClose: () => void;
  onCleared: () => void;
}) {
  const summary = useQuery(salesQueries.summary(eid, salesHistoryRange(today)));
  const [typed, setTyped] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const totals = summary.data ? summarizeSales(summary.data.days) : null;
  const money = currency ?? summary.data?.currency ?? null;
  const matches = matchesName(typed, title);

  const clear = async () => {
    setDeleting(true);
    setError(null);
    try {
      await deleteDailyRevenueSummary(eid);
      await afterwards().catch(() => undefined);
      onCleared();
    } catch (e) {
      setError(e);
      setDeleting(false);
      await afterwards().catch(() => undefined);
    }
  };

  return (
    <Modal title="Clear all sales?" onClose={onClose} dismissible={!deleting} className="sales-modal">
      {summary.isPending ? (
        <Skeleton height="3rem" label="Counting the recorded sales" />
      ) : summary.isError ? ( // unlike a page, the confirmation of a deletion never shows counts it could not re-read
        <ErrorPanel error={summary.error} onRetry={() => void summary.refetch()} title="Could not count what would be deleted" />
      ) : totals && totals.days === 0 ? (
        <p>There are no recorded sales for <strong>{title}</strong>; there is nothing to delete.</p>
      ) : totals ? (
        <p>
          This permanently deletes <strong>{formatCount(totals.days, 'day', 'days')} of sales</strong>
          {totals.first ? ` (${formatDayRange(totals.first, totals.last)})` : ''}:{' '}
          <strong>{formatCount(totals.tickets, 'ticket', 'tickets')}</strong> and <strong>{formatMoney(totals.revenue, money)}</strong> of revenue for{' '}
          <strong>{title}</strong>. Charts and KPIs of this event will show no sales afterwards. This cannot be undone.
        </p>
      ) : null}
      {totals && totals.days > 0 && (
        <>
          <div className="sales-modal__export">
            <span>Keep a copy first:</span> <ExportButton eid={eid} label="Download the sales workbook" />
          </div>
          <div className="field">
            <label htmlFor="clear-confirm">Type the event's name to confirm: <strong className="sales-modal__name">{title}</strong></label>
            <input id="clear-confirm" type="text" data-autofocus autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} readOnly={deleting} />
          </div>
        </>
      )}
      {error !== null && <p className="form-error" role="alert">Deleting did not complete. {describeError(error)} The counts above show what is recorded now.</p>}
      <div className="modal__actions">
        {/* while deleting the buttons refuse with aria-disabled, not disabled: that would drop the focus out of the dialog */}
        <button type="button" className="button" onClick={() => { if (!deleting) onClose(); }} aria-disabled={deleting || undefined}>Cancel</button>
        {totals && totals.days > 0 && (
          <button type="button" className="button button--danger" disabled={!matches} aria-disabled={deleting || undefined} onClick={() => { if (!deleting) void clear(); }}>
            {deleting ? 'Deleting…' : 'Delete all sales'}
          </button>
        )}
      </div>
    </Modal>
  );
}
