import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '@/lib/api-errors';
import type { UploadProgress } from '@/lib/xhr-fetch';
import type { UploadOptions } from '../api/mutations';
import type { UploadResult } from '../api/schemas';

export type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; file: File; progress: UploadProgress | null }
  | { status: 'done'; file: File; importedRows: number | null }
  | { status: 'failed'; file: File; error: unknown }
  | { status: 'cancelled'; file: File };

export type UploadFn = (file: File, options: UploadOptions) => Promise<UploadResult>;

/**
 * One workbook upload at a time: progress, cancel (AbortSignal), and `afterwards` (refetch what
 * the upload may have changed) before the outcome is shown. Unmounting cancels a running upload.
 */
export function useUpload(upload: UploadFn, afterwards: () => Promise<unknown>) {
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
    },
    [],
  );

  const start = useCallback(
    async (file: File) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setState({ status: 'uploading', file, progress: null });
      const onUploadProgress = (progress: UploadProgress) => {
        if (!own.signal.aborted) setState({ status: 'uploading', file, progress });
      };
      let next: UploadState;
      try {
        const result = await upload(file, { signal: own.signal, onUploadProgress });
        next = { status: 'done', file, importedRows: result.imported_rows };
      } catch (error) {
        next = isAbortError(error) || own.signal.aborted ? { status: 'cancelled', file } : { status: 'failed', file, error };
      }
      if (controller.current !== own) return; // superseded or unmounted
      controller.current = null;
      // a cancelled or failed upload may still have reached the server: show the real state
      await afterwards().catch(() => undefined);
      setState(next);
    },
    [upload, afterwards],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, cancel, reset };
}
