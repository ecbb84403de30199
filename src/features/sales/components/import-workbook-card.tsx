import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { dayInZone, type Day } from '@/lib/dates';
import { formatDateTime, formatTimeOfDay } from '@/lib/format';
import { ingestTransactionSummaryFromExcel } from '../api/mutations';
import { salesQueries } from '../api/queries';
import { saveBlob } from '@/lib/download';
import { SALES_TEMPLATE_FILE_NAME, salesTemplateBlob } from '../lib/xlsx-template';
import type { TypeOption } from '../lib/ticket-types';
import type { UploadFn } from '../lib/use-upload';
import { rememberAddedWorkbook, whenWorkbookAdded } from '../lib/added-workbooks';
import { importedSalesText, salesAdded, type SalesSnapshot } from '../lib/imported-sales';
import { salesHistoryRange } from '../lib/sales-summary';
import { importedText, WorkbookUpload, type UploadConfirm } from './workbook-upload';

/** "at 10:02" today (the partner's day, as every time on the page), else the day as well. */
const when = (at: Date) => {
  const iso = at.toISOString();
  const today = dayInZone(new Date(), env.partnerTimeZone) === dayInZone(at, env.partnerTimeZone);
  return today ? `at ${formatTimeOfDay(iso, env.partnerTimeZone)}` : `on ${formatDateTime(iso, env.partnerTimeZone)}`;
};

/** The same file added again would count its sales twice: asked, as it may also be meant (a second batch). */
const addAgain = (at: Date): UploadConfirm => ({
  title: 'Add this workbook again?',
  confirmLabel: 'Add its rows again',
  tone: 'primary',
  body: (file) => (
    <p>
      This file (<strong>{file.name}</strong>) was added to this event {when(at)}. Add its rows again? They are added on top, so
      its sales would be counted twice.
    </p>
  ),
});

/**
 * The values the ticket_type column takes: the server files a row under the type it names and
 * makes a new type of any other value, so "Entry" (a category's name) beside type "regular"
 * would silently become a second type.
 */
function TicketTypeValues({ options }: { options: readonly TypeOption[] }) {
  if (options.length === 0) return null;
  return (
    <p className="muted">
      In <code>ticket_type</code>, write one of this event's types:{' '}
      {options.map((o, i) => (
        <span key={o.value}>
          {i > 0 && ', '}
          <code>{o.value}</code>{o.names && o.names.length > 0 && ` (${o.names.join(', ')})`}
        </span>
      ))}
      , spelled as shown. Any other value adds a new ticket type.
    </p>
  );
}

/** Upload a workbook of new sales (added to what is recorded). */
export function ImportWorkbookCard({ eid, afterwards, typeOptions, currency, today }: {
  eid: string;
  afterwards: () => Promise<unknown>;
  /** the event's ticket types, named in the instructions */
  typeOptions: readonly TypeOption[];
  currency: string | null;
  today: Day;
}) {
  const queryClient = useQueryClient();
  // the recorded sales (Recorded sales shows them), as read before an upload and once read again after it
  const [reads, setReads] = useState<{ before: SalesSnapshot | null; after: SalesSnapshot | null }>({ before: null, after: null });
  const readSales = useCallback((): SalesSnapshot | null => {
    const state = queryClient.getQueryState(salesQueries.summary(eid, salesHistoryRange(today)).queryKey);
    return state?.data ? { days: state.data.days, at: state.dataUpdateCount, currency: state.data.currency } : null;
  }, [eid, today, queryClient]);
  const upload = useCallback<UploadFn>((file, options) => {
    setReads({ before: readSales(), after: null });
    return ingestTransactionSummaryFromExcel(eid, file, options);
  }, [eid, readSales]);
  const afterUpload = useCallback(async () => {
    await afterwards();
    setReads((r) => ({ ...r, after: readSales() }));
  }, [afterwards, readSales]);
  const added = salesAdded(reads.before, reads.after);
  const money = currency ?? reads.after?.currency ?? null;
  const askFirst = useCallback(async (file: File) => {
    const at = await whenWorkbookAdded(eid, file);
    return at && addAgain(at);
  }, [eid]);
  // a file the server imported nothing from (0 rows) added no sales to count twice
  const onAccepted = useCallback((file: File, rows: number | null) => { if (rows !== 0) void rememberAddedWorkbook(eid, file); }, [eid]);
  return (
    <section className="card sales-card" aria-labelledby="sales-import-title">
      <h2 id="sales-import-title">Upload a workbook</h2>
      <p className="muted">
        Adds the rows of an Excel workbook to the recorded sales: one row per day and ticket type, with the columns{' '}
        <code>date</code> (YYYY-MM-DD), <code>ticket_type</code>, <code>tickets</code> and <code>revenue</code>. Rows for a day and
        type that already has sales are added on top.
      </p>
      <TicketTypeValues options={typeOptions} />
      <p>
        <button type="button" className="button button--link" onClick={() => saveBlob(salesTemplateBlob(), SALES_TEMPLATE_FILE_NAME)}>
          Download the empty template (.xlsx)
        </button>
      </p>
      <WorkbookUpload
        upload={upload}
        afterwards={afterUpload}
        chooseLabel="Workbook with new sales"
        submitLabel="Upload and add sales"
        askFirst={askFirst}
        onAccepted={onAccepted}
        doneText={(rows) => rows !== null && added
          ? importedSalesText(rows, added, money)
          : importedText(rows, 'The server accepted the workbook but did not say how many rows it imported; check the totals above.')}
      />
    </section>
  );
}
