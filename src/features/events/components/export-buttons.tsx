import { useEffect, useRef, useState } from 'react';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { env } from '@/config/env';
import { describeError, isAbortError } from '@/lib/api-errors';
import { today } from '@/lib/dates';
import { saveBlob } from '@/lib/download';
import { formatNumber, userLocale } from '@/lib/format';
import { fetchEvents } from '../api/fetchers';
import type { EventListFilters } from '../api/list-query';
import type { ExportFormat } from '../lib/events-export';
import type { ExportProgress } from '../lib/fetch-all-events';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; count: number; fileName: string }
  | { kind: 'failed'; error: unknown };

const FORMATS: readonly { format: ExportFormat; label: string; title: string }[] = [
  { format: 'xlsx', label: 'Export Excel', title: 'The list as on screen, for Excel or Numbers: dates, numbers and shares in your format' },
  { format: 'csv', label: 'Export CSV', title: 'Raw values for other tools: codes, ISO dates, fractions, comma-separated' },
];

/** A short read (fetch-all-events' IncompleteExportError, loaded with it) says what was missing. */
const exportError = (error: unknown) => (error instanceof Error && error.name === 'IncompleteExportError' ? error.message : describeError(error));

/**
 * The whole filtered list (every page) as an Excel workbook or a CSV file, with progress and
 * Cancel; nothing to export while the list is empty or unknown.
 */
export function ExportButtons({ filters, baseName, count, fallbackCurrency }: {
  filters: EventListFilters;
  /** the partner's currency, written for events that name none */
  fallbackCurrency: string | null;
  /** the file's name without its extension */
  baseName: string;
  /** events in the filtered list; undefined while unknown (loading, failed) */
  count: number | undefined;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const buttons = useRef(new Map<ExportFormat, HTMLButtonElement>());
  const pressed = useRef<ExportFormat | null>(null);
  // leaving the page stops a running export
  useEffect(() => () => controller.current?.abort(), []);
  // Cancel went with the export: once the buttons are back, the keyboard continues on the one
  // pressed (unless the focus was taken elsewhere meanwhile). After the commit, not in a frame
  // callback: that could run before the buttons were drawn again, and the focus was then lost.
  useEffect(() => {
    if (state.kind === 'running' || pressed.current === null) return;
    focusIfLost(buttons.current.get(pressed.current) ?? null);
    pressed.current = null;
  }, [state.kind]);

  async function start(format: ExportFormat) {
    const abort = new AbortController();
    controller.current = abort;
    pressed.current = format;
    // a cancelled export says nothing more: Cancel has already put the buttons back
    const show = (next: State) => { if (!abort.signal.aborted) setState(next); };
    setState({ kind: 'running', progress: null });
    try {
      // the export's code loads on first use: it is not part of the list's first paint
      const [{ fetchAllEvents }, { eventsFile }] = await Promise.all([import('../lib/fetch-all-events'), import('../lib/events-export')]);
      // Cancel pressed while the code loaded: nothing is asked for
      abort.signal.throwIfAborted();
      const events = await fetchAllEvents(filters, {
        fetchPage: fetchEvents,
        signal: abort.signal,
        onProgress: (progress) => show({ kind: 'running', progress }),
      });
      const file = await eventsFile(format, events, { timeZone: env.partnerTimeZone, today: today(env.partnerTimeZone), locale: userLocale(), fallbackCurrency });
      abort.signal.throwIfAborted();
      const fileName = `${baseName}.${format}`;
      saveBlob(file, fileName);
      show({ kind: 'done', count: events.length, fileName });
    } catch (error) {
      show(isAbortError(error) ? { kind: 'idle' } : { kind: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  /** Stops at once, whatever step the export is at (loading its code, reading pages, writing). */
  function cancel() {
    controller.current?.abort();
    setState({ kind: 'idle' });
  }

  const p = state.kind === 'running' ? state.progress : null;
  const status = state.kind === 'running'
    ? (p ? `Reading ${formatNumber(p.loaded)} of ${formatNumber(p.total)} events…` : 'Starting export…')
    : state.kind === 'done' ? `Exported ${formatNumber(state.count)} events to ${state.fileName}.` : '';
  return (
    <div className="list-export">
      {state.kind === 'running' && <progress max={p?.total || 1} value={p?.loaded ?? 0} aria-label="Export progress" />}
      {state.kind === 'running' ? (
        // the pressed button is gone: the keyboard continues here
        <button ref={focusIfLost} type="button" className="button button--small" onClick={cancel}>Cancel export</button>
      ) : (
        <span className="list-export__buttons">
          {FORMATS.map(({ format, label, title }) => (
            <button key={format} ref={(el) => { if (el) buttons.current.set(format, el); else buttons.current.delete(format); }}
              type="button" className="button button--small" disabled={!count} title={count === 0 ? 'No events to export' : title}
              onClick={() => void start(format)}>
              <span aria-hidden="true">⤓</span> {label}
            </button>
          ))}
        </span>
      )}
      {/* one live region, there from the start, whose text changes: one mounted with its text is often not read out */}
      <span className="muted list-export__status" role="status">{status}</span>
      {state.kind === 'failed' && <span className="field-error" role="alert">Export failed: {exportError(state.error)}</span>}
    </div>
  );
}
