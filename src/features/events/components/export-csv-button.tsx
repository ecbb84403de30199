import { useEffect, useRef, useState } from 'react';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { env } from '@/config/env';
import { describeError, isAbortError } from '@/lib/api-errors';
import { today } from '@/lib/dates';
import { saveCsv } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { fetchEvents } from '../api/fetchers';
import type { EventListFilters } from '../api/list-query';
import type { ExportProgress } from '../lib/fetch-all-events';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; count: number; fileName: string }
  | { kind: 'failed'; error: unknown };

/** CSV of the whole filtered list (every page), with progress and Cancel; nothing to export while the list is empty or unknown. */
export function ExportCsvButton({ filters, fileName, count }: {
  filters: EventListFilters;
  fileName: string;
  /** events in the filtered list; undefined while unknown (loading, failed) */
  count: number | undefined;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  // leaving the page stops a running export
  useEffect(() => () => controller.current?.abort(), []);

  async function start() {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', progress: null });
    try {
      // the export's code loads on first use: it is not part of the list's first paint
      const [{ fetchAllEvents }, { eventsToCsv }] = await Promise.all([import('../lib/fetch-all-events'), import('../lib/events-csv')]);
      const events = await fetchAllEvents(filters, {
        fetchPage: fetchEvents,
        signal: abort.signal,
        onProgress: (progress) => setState({ kind: 'running', progress }),
      });
      saveCsv(eventsToCsv(events, { timeZone: env.partnerTimeZone, today: today(env.partnerTimeZone) }), fileName);
      setState({ kind: 'done', count: events.length, fileName });
    } catch (error) {
      setState(isAbortError(error) || abort.signal.aborted ? { kind: 'idle' } : { kind: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
      // Cancel went with the export: the keyboard continues on Export CSV (unless it was taken elsewhere meanwhile)
      requestAnimationFrame(() => focusIfLost(exportButton.current));
    }
  }

  const p = state.kind === 'running' ? state.progress : null;
  const status = state.kind === 'running'
    ? (p ? `Reading ${formatNumber(p.loaded)} of ${formatNumber(p.total)} events…` : 'Starting export…')
    : state.kind === 'done' ? `Exported ${formatNumber(state.count)} events to ${state.fileName}.` : '';
  return (
    <div className="export-csv">
      {state.kind === 'running' && <progress max={p?.total || 1} value={p?.loaded ?? 0} aria-label="Export progress" />}
      {state.kind === 'running' ? (
        // the pressed Export CSV is gone: the keyboard continues here
        <button ref={focusIfLost} type="button" className="button button--small" onClick={() => controller.current?.abort()}>Cancel export</button>
      ) : (
        <button ref={exportButton} type="button" className="button button--small" disabled={!count} title={count === 0 ? 'No events to export' : undefined} onClick={() => void start()}>
          <span aria-hidden="true">⤓</span> Export CSV
        </button>
      )}
      {/* one live region, there from the start, whose text changes: one mounted with its text is often not read out */}
      <span className="muted export-csv__status" role="status">{status}</span>
      {state.kind === 'failed' && <span className="field-error" role="alert">Export failed: {describeError(state.error)}</span>}
    </div>
  );
}
