/**
 * fetch() cannot report upload progress; XMLHttpRequest can. This is a fetch-compatible
 * transport (same inputs, a real Response out) used only for uploads that show progress.
 */
export interface UploadProgress {
  loaded: number;
  /** null when the browser cannot know the total (never divide by it then). */
  total: number | null;
}

export type ProgressFetch = (url: string, init: RequestInit, onProgress: (p: UploadProgress) => void) => Promise<Response>;

export const xhrFetch: ProgressFetch = (url, init, onProgress) =>
  new Promise<Response>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url);
    new Headers(init.headers).forEach((value, key) => xhr.setRequestHeader(key, value));
    xhr.responseType = 'arraybuffer';
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable && e.total > 0 ? e.total : null });
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const i = line.indexOf(':');
        if (i > 0) headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
      }
      const status = xhr.status;
      // Response forbids a body on 204/205/304
      const body = status === 204 || status === 205 || status === 304 || !xhr.response ? null : new Uint8Array(xhr.response as ArrayBuffer);
      resolve(new Response(body, { status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.ontimeout = () => reject(new TypeError('Network request timed out'));
    const signal = init.signal;
    if (signal) {
      if (signal.aborted) { reject(new DOMException('Aborted', 'AbortError')); return; }
      signal.addEventListener('abort', () => { xhr.abort(); reject(new DOMException('Aborted', 'AbortError')); }, { once: true });
    }
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });

/** 0–100 for a determinate bar, or null (indeterminate) when the total is unknown. Never NaN. */
export function progressPercent(p: UploadProgress | null): number | null {
  if (!p || p.total === null || !Number.isFinite(p.total) || p.total <= 0) return null;
  return Math.min(100, Math.max(0, Math.round((p.loaded / p.total) * 100)));
}
