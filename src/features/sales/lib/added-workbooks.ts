/**
 * The workbooks this browser session added to each event, so the same file chosen again for
 * "add" can be questioned: its rows would be added on top of themselves. Kept in memory only (a
 * reload forgets it): it guards against a slip a minute ago, and must not outlive the sales it
 * speaks of (a clear or a replace elsewhere would make a stored list wrong).
 */
const added = new Map<string, Map<string, Date>>();
const fingerprints = new WeakMap<Blob, Promise<string>>();

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The file's content as a SHA-256 digest, so a renamed copy is the same file and a re-saved one
 * is not. Without Web Crypto (an insecure origin) or a readable file, its name, size and date.
 */
export function workbookFingerprint(file: File): Promise<string> {
  const known = fingerprints.get(file);
  if (known) return known;
  const byMeta = `meta:${file.name}:${file.size}:${file.lastModified}`;
  const digest = globalThis.crypto?.subtle
    // as a view: Node's Web Crypto (under jsdom) refuses a buffer of the other realm, not a Uint8Array
    ? file.arrayBuffer().then((bytes) => crypto.subtle.digest('SHA-256', new Uint8Array(bytes))).then((d) => `sha256:${hex(d)}`, () => byMeta)
    : Promise.resolve(byMeta);
  fingerprints.set(file, digest);
  return digest;
}

/** Notes that the event took this file's rows (at `at`). */
export async function rememberAddedWorkbook(eid: string, file: File, at = new Date()): Promise<void> {
  const key = await workbookFingerprint(file);
  const files = added.get(eid) ?? new Map<string, Date>();
  files.set(key, at);
  added.set(eid, files);
}

/** When this session last added this file's rows to the event; null when it did not. */
export async function whenWorkbookAdded(eid: string, file: File): Promise<Date | null> {
  const files = added.get(eid);
  if (!files) return null;
  return files.get(await workbookFingerprint(file)) ?? null;
}

/** Forgets every added workbook (tests start from an empty session). */
export function forgetAddedWorkbooks(): void {
  added.clear();
}
