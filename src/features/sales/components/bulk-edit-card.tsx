import { useCallback, useRef } from 'react';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { describeError } from '@/lib/api-errors';
import { uploadSalesEditExport } from '../api/mutations';
import { useExportDownload } from '../lib/use-export-download';
import type { UploadFn } from '../lib/use-upload';
import { importedText, WorkbookUpload, type UploadConfirm } from './workbook-upload';

/** Replacing deletes what the workbook lacks, as much as "Clear all sales" can: asked first. */
const REPLACE: UploadConfirm = {
  title: 'Replace all sales of this event?',
  confirmLabel: 'Replace all sales',
  body: (file) => (
    <p>
      <strong>{file.name}</strong> replaces every recorded sale of this event: days and ticket types that are not in it are
      deleted. If you have no copy of the current sales, cancel and download the sales workbook first. This cannot be undone.
    </p>
  ),
};

/** Download every recorded sale as a workbook, edit it offline, upload it back (replaces all). */
export function BulkEditCard({ eid, afterwards }: { eid: string; afterwards: () => Promise<unknown> }) {
  const upload = useCallback<UploadFn>((file, options) => uploadSalesEditExport(eid, file, options), [eid]);
  return (
    <section className="card sales-card" aria-labelledby="sales-bulk-title">
      <h2 id="sales-bulk-title">Bulk edit</h2>
      <ol className="sales-steps">
        <li>
          <span>Download the sales workbook: every recorded day and ticket type.</span>
          <ExportButton eid={eid} label="Download the sales workbook" />
        </li>
        <li>Change, add or delete rows in Excel and save it as .xlsx.</li>
        <li>
          <span>Upload it back. <strong>The workbook replaces all recorded sales of this event</strong>; rows you deleted are removed.</span>
        </li>
      </ol>
      <WorkbookUpload
        upload={upload}
        afterwards={afterwards}
        chooseLabel="Edited sales workbook"
        submitLabel="Upload and replace sales"
        confirm={REPLACE}
        doneText={(rows) => (rows === null ? 'The server accepted the workbook; check the totals above.' : `${importedText(rows, '')} The event's sales now match the workbook.`)}
      />
    </section>
  );
}

/** The export download with its own progress, cancel and error. */
export function ExportButton({ eid, label }: { eid: string; label: string }) {
  const { state, start, cancel } = useExportDownload(eid);
  const button = useRef<HTMLButtonElement>(null);
  const status = state.status === 'downloading' ? 'Preparing the workbook…' : state.status === 'done' ? 'Downloaded.' : '';
  return (
    <span className="export-button">
      {state.status === 'downloading' ? (
        // the pressed button is gone: the keyboard continues on Cancel, and back on the button once it ends
        <button ref={focusIfLost} type="button" className="button" onClick={cancel}>Cancel download</button>
      ) : (
        <button ref={button} type="button" className="button" onClick={() => void start().then(() => requestAnimationFrame(() => focusIfLost(button.current)))}>{label}</button>
      )}
      {/* one live region, there from the start, whose text changes: one mounted with its text is often not read out */}
      <span className="muted" role="status">{status}</span>
      {state.status === 'failed' && <span className="field-error" role="alert">Download failed. {describeError(state.error)}</span>}
    </span>
  );
}
