import { focusIfLost } from '@/components/ui/focus-if-lost';
import { formatCount } from '@/lib/format';
import { useCallback, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ApiError, describeError } from '@/lib/api-errors';
import { describeUnsureWrite, outcomeUnknown } from '@/lib/write-outcome';
import { checkWorkbook, formatFileSize, WORKBOOK_ACCEPT } from '../lib/file-check';
import { useLatestWrite } from '../lib/latest-write';
import { useUpload, type UploadFn } from '../lib/use-upload';
import { useReportBusy } from './leave-guard';
import { RowProblems } from './row-problems';
import { UploadProgress } from './upload-progress';

/** A question asked before the upload is sent: for uploads that delete data, or add a file again. */
export interface UploadConfirm { title: string; confirmLabel: string; body: (file: File) => ReactNode; tone?: 'danger' | 'primary' }

/**
 * Choose or drop an .xlsx, check it here (name, type, size, content) before anything is sent, upload it with
 * progress and cancel, then say exactly what the server answered. With `confirm`, the upload
 * asks first; with `askFirst`, when that finds a question for the file.
 */
export function WorkbookUpload({ upload, afterwards, chooseLabel, submitLabel, doneText, confirm, askFirst, onAccepted }: {
  upload: UploadFn;
  afterwards: () => Promise<unknown>;
  chooseLabel: string;
  submitLabel: string;
  confirm?: UploadConfirm;
  /** a question for this file, or null to send it at once */
  askFirst?: (file: File) => Promise<UploadConfirm | null>;
  /** the server took the file (`rows` as it reported them) */
  onAccepted?: (file: File, rows: number | null) => void;
  /** the success sentence; `rows` is what the server reported, null when it did not say */
  doneText: (rows: number | null) => string;
}) {
  const inputId = useId();
  const hintId = useId();
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [asking, setAsking] = useState<UploadConfirm | null>(null);
  const latestWrite = useLatestWrite();
  const { report } = latestWrite;
  // only an accepted upload is a write this card reports
  const reportingUpload = useCallback<UploadFn>(async (...args) => {
    const result = await upload(...args);
    report();
    onAccepted?.(args[0], result.imported_rows);
    return result;
  }, [upload, report, onAccepted]);
  const { state, start, cancel, reset } = useUpload(reportingUpload, afterwards);
  const uploading = state.status === 'uploading';
  useReportBusy(uploading);

  // the content check reads the file: only the latest choice may answer
  const choice = useRef(0);
  const choose = async (chosen: File | undefined) => {
    reset();
    if (!chosen) return;
    const mine = ++choice.current;
    setFile(null);
    setRefusal(null);
    const problem = await checkWorkbook(chosen);
    if (mine !== choice.current) return;
    setRefusal(problem);
    setFile(problem ? null : chosen);
  };
  // the question is looked up (the file is read) before it is asked: a press meanwhile, or another
  // file chosen or the file removed, must not send it
  const send = async (chosen: File) => {
    if (confirm) return setAsking(confirm);
    if (!askFirst) return void start(chosen);
    const mine = ++choice.current;
    const question = await askFirst(chosen);
    if (mine !== choice.current) return;
    if (question) setAsking(question);
    else void start(chosen);
  };
  const onDrop = (e: DragEvent<HTMLLabelElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!uploading) void choose(e.dataTransfer.files[0]);
  };

  return (
    <div className="workbook-upload">
      {!uploading && (
        <label
          htmlFor={inputId}
          className={`dropzone${dragging ? ' dropzone--active' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <span className="dropzone__title" id={titleId}>{chooseLabel}</span>
          <span className="muted" id={hintId}>Choose an .xlsx file or drop it here (up to 10 MB).</span>
          {/* the native field is hidden (its "No file chosen" stayed beside a chosen workbook, as the
              field is emptied so the same file can be chosen again); it keeps the keyboard focus and
              the whole zone, outlined then, opens the picker */}
          <span className="button dropzone__button" aria-hidden="true">Choose file</span>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept={WORKBOOK_ACCEPT}
            aria-labelledby={titleId}
            aria-describedby={hintId}
            onChange={(e) => { void choose(e.target.files?.[0]); e.target.value = ''; }}
          />
        </label>
      )}
      {refusal && <p className="form-error" role="alert">{refusal}</p>}
      {file && state.status === 'idle' && (
        <div className="row workbook-upload__chosen">
          <span>
            <strong>{file.name}</strong> <span className="muted">({formatFileSize(file.size)})</span>
          </span>
          <button type="button" className="button button--primary" onClick={() => void send(file)}>{submitLabel}</button>
          <button
            type="button"
            className="button button--ghost"
            // the button goes with the file: the keyboard continues at the file field
            onClick={() => { choice.current++; setFile(null); requestAnimationFrame(() => focusIfLost(document.getElementById(inputId))); }}
          >
            Remove
          </button>
        </div>
      )}
      {asking && file && (
        <ConfirmDialog
          open
          title={asking.title}
          confirmLabel={asking.confirmLabel}
          tone={asking.tone}
          onConfirm={() => { setAsking(null); void start(file); }}
          onCancel={() => setAsking(null)}
        >
          {asking.body(file)}
        </ConfirmDialog>
      )}
      {state.status === 'uploading' && <UploadProgress fileName={state.file.name} progress={state.progress} onCancel={cancel} />}
      {state.status === 'done' && latestWrite.current && (
        <p ref={focusIfLost} tabIndex={-1} className="notice notice--ok" role="status">{doneText(state.importedRows)}</p>
      )}
      {state.status === 'cancelled' && (
        <p ref={focusIfLost} tabIndex={-1} className="notice" role="status">
          Upload of {state.file.name} cancelled. If the file had already reached the server it may still have been applied; the totals above show the current state.
        </p>
      )}
      {state.status === 'failed' &&
        (state.error instanceof ApiError && state.error.validationErrors.length > 0 ? (
          <RowProblems errors={state.error.validationErrors} fileName={state.file.name} />
        ) : (
          <div ref={focusIfLost} tabIndex={-1} className="form-error" role="alert">
            <p>
              {outcomeUnknown(state.error)
                ? `${state.file.name}: ${describeUnsureWrite(state.error)} It may still have been applied: check the totals above before trying again.`
                : `${state.file.name} could not be uploaded. ${describeError(state.error)}`}
            </p>
            <button type="button" className="button" onClick={() => void start(state.file)}>Try again</button>
          </div>
        ))}
    </div>
  );
}

export const importedText = (rows: number | null, fallback: string) =>
  rows === null ? fallback : `Imported ${formatCount(rows, 'row', 'rows')}.`;
