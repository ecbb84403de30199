import { useEffect, useRef, useState } from 'react';
import { env } from '@/config/env';
import { describeError, isAbortError } from '@/lib/api-errors';
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
      saveCsv(eventsToCsv(events, env.partnerTimeZone), fileName);
      setState({ kind: 'done', count: events.length, fileName });
    } catch (error) {
      setState(isAbortError(error) || abort.signal.aborted ? { kind: 'idle' } : { kind: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  const p = state.kind === 'running' ? state.progress : null;
  return (
    <div className="export-csv">
      {state.kind === 'running' ? (
        <>
          <progress max={p?.total || 1} value={p?.loaded ?? 0} aria-label="Export progress" />
          <span className="muted" role="status">
            {p ? `Reading ${formatNumber(p.loaded)} of ${formatNumber(p.total)} events…` : 'Starting export…'}
          </span>
          <button type="button" className="button button--small" onClick={() => controller.current?.abort()}>Cancel export</button>
        </>
      ) : (
        <button type="button" className="button button--small" disabled={!count} title={count === 0 ? 'No events to export' : undefined} onClick={() => void start()}>
          <span aria-hidden="true">⤓</span> Export CSV
        </button>
      )}
      {state.kind === 'done' && <span className="muted" role="status">Exported {formatNumber(state.count)} events to {state.fileName}.</span>}
      {state.kind === 'failed' && <span className="field-error" role="alert">Export failed: {describeError(state.error)}</span>}
    </div>
  );
}
