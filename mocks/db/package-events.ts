/** The events a package bundles (`events: [{ id, title }]`), picked deterministically per package. */
import { createRng, hashSeed } from '../lib/rng';
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

export function packageEvents(partnerId: string, packageId: string, count: number): PackageEvent[] {
  const pool = [...(FALLBACK[partnerId] ?? [])];
  const rng = createRng(hashSeed(`${partnerId}:${packageId}:events`));
  const picked: PackageEvent[] = [];
  while (picked.length < count && pool.length > 0) {
    const [event] = pool.splice(rng.int(0, pool.length - 1), 1);
    if (event) picked.push({ ...event });
  }
  return picked;
}
