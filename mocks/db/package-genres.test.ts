import { beforeEach, describe, expect, it } from 'vitest';
import { resetMock } from './store';
import { CLUSTER_CATALOG } from './cluster-catalog';
import { allRecords, findRecord } from './events';
import { getEvaluation, getPackage, listPackages } from './packages';
import { GENRES, GENRE_CLUSTERS, fitsGenre, genreOf } from './package-genres';

const ACME = 'partner-id-acme';
const BRAVO = 'partner-id-bravo';
const catalogKeys = (category: keyof typeof CLUSTER_CATALOG) => new Set(CLUSTER_CATALOG[category].map((c) => c.tc));
const clusterKeys = (partnerId: string, id: string) => Object.keys(getEvaluation(partnerId, id)?.clusters ?? {});

beforeEach(() => resetMock({ now: new Date('2026-11-20T08:00:00Z') }));

describe('event taste clusters', () => {
  it('a concert of a genre leads with its audience and shows no other genre\'s; one of no genre shows none', () => {
    const concerts = allRecords(ACME).filter((r) => r.row.category === 'concert');
    const classical = concerts.filter((r) => GENRES.classical.event.test(r.row.title));
    const plain = concerts.filter((r) => !Object.values(GENRES).some((g) => g.event.test(r.row.title)));
    expect(classical.length).toBeGreaterThan(0);
    expect(plain.length).toBeGreaterThan(0);
    for (const r of classical) {
      expect(r.meta.clusterKeys.slice(0, 2)).toEqual(['classical_subscribers', 'premium_experience_seekers']);
      expect(r.meta.clusterKeys.filter((tc) => GENRE_CLUSTERS.has(tc))).toEqual(['classical_subscribers']);
    }
    for (const r of plain) expect(r.meta.clusterKeys.filter((tc) => GENRE_CLUSTERS.has(tc)), r.row.title).toEqual([]);
    for (const r of concerts) expect(r.meta.clusterKeys.length).toBeGreaterThanOrEqual(5);
  });
});

describe('package genres and clusters', () => {
  it('reads a genre from a concert package title only', () => {
    expect(genreOf('Metal nights Munich', 'concert')).toBe('metal');
    expect(genreOf('Christmas classics 2026', 'concert')).toBe('classical');
    expect(genreOf('Summer open-air 2026', 'concert')).toBeNull();
    expect(genreOf('Season tickets 2026/27', 'sports')).toBeNull();
    expect(fitsGenre('Streichquartett Aurora', 'metal')).toBe(false);
    expect(fitsGenre('Streichquartett Aurora', null)).toBe(false);
  });

  it('a sports package bundles sports events and reports sports audiences, not jazz or metal fans', () => {
    const keys = clusterKeys(BRAVO, 'pkg_601');
    expect(keys).toHaveLength(4);
    const sports = catalogKeys('sports');
    for (const tc of keys) expect(sports.has(tc), tc).toBe(true);
    expect(keys).not.toContain('jazz_aficionados');
    expect(keys).not.toContain('german_metal_diehards');
    for (const e of getPackage(BRAVO, 'pkg_601')?.events ?? []) expect(findRecord(BRAVO, e.id)?.row.category ?? 'sports').toBe('sports');
  });

  it('a genre package bundles events of its genre and leads with its audience', () => {
    const metal = getPackage(ACME, 'pkg_559');
    expect(metal?.events).toHaveLength(2);
    for (const e of metal?.events ?? []) expect(e.title).toMatch(GENRES.metal.event);
    const jazz = getPackage(ACME, 'pkg_556');
    for (const e of jazz?.events ?? []) expect(e.title).toMatch(/jazz/i);
    const jazzClusters = Object.entries(getEvaluation(ACME, 'pkg_556')?.clusters ?? {}).sort(([, a], [, b]) => b.customers - a.customers);
    expect(jazzClusters[0]?.[0]).toBe('jazz_night_owls'); // the most buyers
    // a package of another genre never shows this one's own audience
    expect(clusterKeys(ACME, 'pkg_562')).not.toContain('jazz_night_owls');
    expect(clusterKeys(ACME, 'pkg_562')).not.toContain('classical_subscribers');
  });

  it('every package’s clusters come from its category; the same data on every build', () => {
    const first = listPackages(ACME).map((p) => [p.id, p.events, clusterKeys(ACME, p.id)]);
    resetMock({ now: new Date('2026-11-20T08:00:00Z') });
    expect(listPackages(ACME).map((p) => [p.id, p.events, clusterKeys(ACME, p.id)])).toEqual(first);
    const concert = catalogKeys('concert');
    for (const id of ['pkg_555', 'pkg_556', 'pkg_562', 'pkg_565']) {
      for (const tc of clusterKeys(ACME, id)) expect(concert.has(tc), `${id}: ${tc}`).toBe(true);
    }
  });
});
