import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '@/lib/api-errors';
import { fetchSalesEditExport, salesExportFileName } from '../api/fetchers';
import { saveBlob } from '@/lib/download';

export type ExportState =
  | { status: 'idle' | 'downloading' | 'done' | 'cancelled' }
  | { status: 'failed'; error: unknown };

/** Downloads the event's sales workbook (GET …/sales_edit_export); cancellable. */
export function useExportDownload(eid: string) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
    },
    [],
  );

  const start = useCallback(async () => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ status: 'downloading' });
    let next: ExportState;
    try {
      const blob = await fetchSalesEditExport(eid, { signal: own.signal });
      if (own.signal.aborted) throw new DOMException('Aborted', 'AbortError');
      saveBlob(blob, salesExportFileName(eid));
      next = { status: 'done' };
    } catch (error) {
      next = isAbortError(error) || own.signal.aborted ? { status: 'cancelled' } : { status: 'failed', error };
    }
    if (controller.current !== own) return;
    controller.current = null;
    setState(next);
  }, [eid]);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
