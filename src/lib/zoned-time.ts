/**
 * `<input type="datetime-local">` values ("YYYY-MM-DDTHH:mm") are wall-clock times in the
 * partner's time zone; the API speaks ISO-8601 UTC. These convert between the two.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - Math.floor(instant.getTime() / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → "YYYY-MM-DDTHH:mm" in `timeZone` ("" for a missing or invalid instant). */
export function toZonedInput(iso: string | null | undefined, timeZone: string): string {
  const instant = iso ? new Date(iso) : null;
  if (!instant || Number.isNaN(instant.getTime())) return '';
  const w = wallClock(instant, timeZone);
  return `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.min)}`;
}

/**
 * "YYYY-MM-DDTHH:mm" in `timeZone` → ISO instant (UTC, no milliseconds); null when invalid.
 * A wall time skipped by a DST change resolves to the instant after the gap.
 */
export function fromZonedInput(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  let t = asUtc - offsetAt(new Date(asUtc), timeZone);
  t = asUtc - offsetAt(new Date(t), timeZone);
  return new Date(t).toISOString().replace('.000Z', 'Z');
}
