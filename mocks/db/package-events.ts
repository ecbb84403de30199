/**
 * The events a package bundles (`events: [{ id, title }]`), picked deterministically per package:
 * real events of the partner (events.ts) of the package's category and genre (package-genres.ts)
 * that start after the package was created, distinct titles; static titles fill up only when the
 * partner has too few such events. Its audience clusters come from those events' taste clusters.
 */
import { createRng, hashSeed } from '../lib/rng';
import type { ClusterPool } from './backhaul-evaluation';
import { CLUSTER_CATALOG } from './cluster-catalog';
import type { Category } from './event-types';
import { allRecords, findRecord } from './events';
import { GENRES, GENRE_CLUSTERS, fitsGenre, type Genre } from './package-genres';
import type { PackageEvent } from './packages';

const FALLBACK: Record<string, PackageEvent[]> = {
  'partner-id-acme': [
    { id: 'evt_pb_1001', title: 'Open-air at Königsplatz' },
    { id: 'evt_pb_1006', title: 'Comedy Evening at Circus Krone' },
    { id: 'evt_pb_1007', title: 'Family Matinée at Gasteig' },
    { id: 'evt_pb_1009', title: 'Cinema Under the Stars at Olympiapark' },
  ],
  'partner-id-bravo': [
    { id: 'evt_pb_2001', title: 'Home match vs. FC Basel' },
    { id: 'evt_pb_2002', title: 'Cup final at Wankdorf' },
    { id: 'evt_pb_2003', title: 'Season opener at Letzigrund' },
  ],
};

const genreFallback = (genre: Genre): PackageEvent[] =>
  GENRES[genre].fallbackTitles.map((title, i) => ({ id: `evt_pb_${genre}_${i + 1}`, title }));

/** Up to `count` events from `pool` whose titles are not in `taken`, in a stable pseudo-random order. */
function pick(pool: PackageEvent[], seed: string, count: number, taken = new Set<string>()): PackageEvent[] {
  const rng = createRng(hashSeed(seed));
  const rest = [...pool];
  const picked: PackageEvent[] = [];
  while (picked.length < count && rest.length > 0) {
    const [event] = rest.splice(rng.int(0, rest.length - 1), 1);
    if (event && !taken.has(event.title)) {
      taken.add(event.title);
      picked.push({ ...event });
    }
  }
  return picked;
}

export function packageEvents(
  partnerId: string, packageId: string, count: number, createdMs: number, category: Category | undefined, genre: Genre | null,
): PackageEvent[] {
  const seed = `${partnerId}:${packageId}:events`;
  const fitting = allRecords(partnerId)
    .filter((r) => Date.parse(r.row.start_date_time) > createdMs && (!category || r.row.category === category) && fitsGenre(r.row.title, genre))
    .slice(0, 60)
    .map((r) => ({ id: r.row.id, title: r.row.title }));
  const taken = new Set<string>();
  const picked = pick(fitting, seed, count, taken);
  if (picked.length >= count) return picked;
  const extra = genre ? genreFallback(genre) : (FALLBACK[partnerId] ?? []).filter((e) => fitsGenre(e.title, null));
  return [...picked, ...pick(extra, `${seed}:fallback`, count - picked.length, taken)];
}

/**
 * A package's clusters: its genre's audience first, then the taste clusters of its events (what
 * event detail shows for them) and of its category, without another genre's audience.
 */
export function packageClusterPool(partnerId: string, events: readonly PackageEvent[], category: Category | undefined, genre: Genre | null): ClusterPool {
  const lead = genre ? GENRES[genre].clusters : [];
  const fromEvents = events.flatMap((e) => findRecord(partnerId, e.id)?.meta.clusterKeys ?? []);
  const fromCategory = category ? CLUSTER_CATALOG[category].map((c) => c.tc) : [];
  const rest = [...new Set([...fromEvents, ...fromCategory])].filter((tc) => !lead.includes(tc) && !GENRE_CLUSTERS.has(tc));
  return { lead, rest };
}
