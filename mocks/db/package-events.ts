/**
 * The events a package bundles (`events: [{ id, title }]`), picked deterministically per package:
 * real events of the partner (events.ts) of the package's category that start after the package
 * was created, distinct titles; the static list below only when the partner has too few events.
 */
import { createRng, hashSeed } from '../lib/rng';
import { allRecords } from './events';
import type { PackageEvent } from './packages';

const FALLBACK: Record<string, PackageEvent[]> = {
  'partner-id-acme': [
    { id: 'evt_pb_1001', title: 'Open-air at Königsplatz' },
    { id: 'evt_pb_1002', title: 'Jazz Night at Elbphilharmonie' },
    { id: 'evt_pb_1003', title: 'Indie Rock at Columbiahalle' },
    { id: 'evt_pb_1004', title: 'Christmas Classics at Laeiszhalle' },
    { id: 'evt_pb_1005', title: 'Metal Night at Backstage Werk' },
    { id: 'evt_pb_1006', title: 'Comedy Evening at Circus Krone' },
    { id: 'evt_pb_1007', title: 'Family Matinée at Gasteig' },
    { id: 'evt_pb_1008', title: 'Techno Weekender at Tresor' },
    { id: 'evt_pb_1009', title: 'Cinema Under the Stars at Olympiapark' },
    { id: 'evt_pb_1010', title: 'String Quartet at Prinzregententheater' },
  ],
  'partner-id-bravo': [
    { id: 'evt_pb_2001', title: 'Home match vs. FC Basel' },
    { id: 'evt_pb_2002', title: 'Cup final at Wankdorf' },
    { id: 'evt_pb_2003', title: 'Season opener at Letzigrund' },
  ],
};

/** Up to `count` distinct-titled events from `pool`, in a stable pseudo-random order. */
function pick(pool: PackageEvent[], seed: string, count: number): PackageEvent[] {
  const rng = createRng(hashSeed(seed));
  const rest = [...pool];
  const picked: PackageEvent[] = [];
  const titles = new Set<string>();
  while (picked.length < count && rest.length > 0) {
    const [event] = rest.splice(rng.int(0, rest.length - 1), 1);
    if (event && !titles.has(event.title)) {
      titles.add(event.title);
      picked.push({ ...event });
    }
  }
  return picked;
}

export function packageEvents(partnerId: string, packageId: string, count: number, createdMs: number, category?: string): PackageEvent[] {
  const seed = `${partnerId}:${packageId}:events`;
  const upcoming = (inCategory: boolean) => allRecords(partnerId)
    .filter((r) => Date.parse(r.row.start_date_time) > createdMs && (!inCategory || !category || r.row.category === category))
    .slice(0, 60)
    .map((r) => ({ id: r.row.id, title: r.row.title }));
  const fitting = pick(upcoming(true), seed, count);
  if (fitting.length >= count) return fitting;
  const any = pick(upcoming(false), seed, count);
  return any.length >= count ? any : pick(FALLBACK[partnerId] ?? [], seed, count);
}
