// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
});
