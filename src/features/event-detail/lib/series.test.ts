// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventSchema } from '@/lib/schemas/event';
import { siblings, withMemberRemoved, withMembersAdded } from './series';

const ev = (id: string, start: string) => eventSchema.parse({ id, title: id, start_date_time: start });

describe('series list', () => {
  const a = ev('a', '2026-06-01T18:00:00Z');
  const b = ev('b', '2026-05-01T18:00:00Z');
  const self = ev('self', '2026-07-01T18:00:00Z');

  it('shows siblings only, deduplicated, by date', () => {
    expect(siblings([a, self, b, a], 'self').map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('adds optimistically without duplicates and removes', () => {
    const c = ev('c', '2026-01-01T18:00:00Z');
    expect(withMembersAdded([a], [c, a, self], 'self').map((e) => e.id)).toEqual(['c', 'a']);
    expect(withMemberRemoved([a, b], 'a').map((e) => e.id)).toEqual(['b']);
  });
});
