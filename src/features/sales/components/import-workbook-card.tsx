import { useCallback } from 'react';
import { env } from '@/config/env';
import { dayInZone } from '@/lib/dates';
import { formatDateTime, formatTimeOfDay } from '@/lib/format';
import { ingestTransactionSummaryFromExcel } from '../api/mutations';
import { saveBlob } from '@/lib/download';
import { SALES_TEMPLATE_FILE_NAME, salesTemplateBlob } from '../lib/xlsx-template';
import type { TypeOption } from '../lib/ticket-types';
import type { UploadFn } from '../lib/use-upload';
import { rememberAddedWorkbook, whenWorkbookAdded } from '../lib/added-workbooks';
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
export function ImportWorkbookCard({ eid, afterwards, typeOptions }: {
  eid: string;
  afterwards: () => Promise<unknown>;
  /** the event's ticket types, named in the instructions */
  typeOptions: readonly TypeOption[];
}) {
  const upload = useCallback<UploadFn>((file, options) => ingestTransactionSummaryFromExcel(eid, file, options), [eid]);
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
        afterwards={afterwards}
        chooseLabel="Workbook with new sales"
        submitLabel="Upload and add sales"
        askFirst={askFirst}
        onAccepted={onAccepted}
        doneText={(rows) => importedText(rows, 'The server accepted the workbook but did not say how many rows it imported; check the totals above.')}
      />
    </section>
  );
}
