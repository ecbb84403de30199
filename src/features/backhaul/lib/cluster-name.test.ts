// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLUSTER_CATALOG } from '../../../../mocks/db/cluster-catalog';
import { readableClusterName } from './cluster-name';

describe('readableClusterName', () => {
  it.each([
    ['family_outings_munich', 'Family outings Munich'],
    ['german_metal_diehards', 'German metal diehards'],
    ['students_last_minute', 'Students last minute'],
    ['vip_box_guests', 'VIP box guests'],
    ['urban-techno-crowd', 'Urban techno crowd'],
    ['jazzLoversBerlin', 'Jazz lovers Berlin'],
    ['  CULTURE__TOURISTS ', 'Culture tourists'],
    ['x', 'X'],
  ])('%s → %s', (key, name) => {
    expect(readableClusterName(key)).toBe(name);
  });

  it('keeps something readable for keys without words', () => {
    expect(readableClusterName('___')).toBe('___');
    expect(readableClusterName('')).toBe('Unnamed cluster');
  });

  it('names every taste cluster of the mock catalog as its own label does (the event and Wave pages show those labels)', () => {
    const mismatches = Object.values(CLUSTER_CATALOG).flat()
      .filter(({ tc, label }) => readableClusterName(tc) !== label)
      .map(({ tc, label }) => `${tc}: ${readableClusterName(tc)} ≠ ${label}`);
    expect(mismatches).toEqual([]);
  });
});
