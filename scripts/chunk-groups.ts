/**
 * How the production build cuts its JavaScript into files (Rolldown's `output.codeSplitting`).
 *
 * Left to itself, Rolldown gives every set of pages sharing some modules a chunk of its own: the
 * overview's first paint needed 23 files (6 for the app shell, 17 for the page), many under 1 kB
 * gzip. Over HTTP/1.1 a browser opens 6 connections per host, so on a slow phone those files queue
 * in waves of round trips: Lighthouse (mobile) put the overview's first paint ≈ 350 ms later than
 * with the same code in 5 files (bench/FINDINGS.md §0.16). Three groups instead:
 *
 * - `shell`: every module the entry needs before anything renders (Rolldown's `$initial` tag), in
 *   the entry's own file: loaded by every page anyway, so one file costs nothing extra.
 * - `lookout`: the events feature's modules shared by at least two lazy chunks (overview, events
 *   list, event detail, the flag/hide runtime): the Lookout pages' common code in one file.
 * - `shared`: `lib` and `components` modules used by at least three lazy chunks (formatting,
 *   schemas, tiles, error panels), and the routes' shared hooks (`app/routes/use-*`: the partner's
 *   currency), which were a file of their own on every page that reads the partner (Lighthouse
 *   mobile on the events list: 92 → 80 when it started to read it).
 *
 * The last two take only their own modules (`includeDependenciesRecursively: false`), so that a
 * page that needs `lib/format` does not also load the events feature. That cannot make chunks
 * import each other in a circle (which could run a module before one it depends on) because
 * layers point one way, enforced by lint (architecture rule 1): `lib` and `components` never
 * import a feature, and a module's dependencies are shared by at least as many chunks as it is,
 * so a `shared` module's own imports are `shared` or initial too.
 */
export const chunkGroups = [
  { name: 'shell', tags: ['$initial' as const], priority: 3 },
  { name: 'lookout', test: /[\\/]src[\\/]features[\\/]events[\\/]/, minShareCount: 2, priority: 2, includeDependenciesRecursively: false },
  { name: 'shared', test: /[\\/]src[\\/](lib[\\/]|components[\\/]|app[\\/]routes[\\/]use-)/, minShareCount: 3, priority: 1, includeDependenciesRecursively: false },
];
