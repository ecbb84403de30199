// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventSchema, type Event } from '@/lib/schemas/event';
import type { EventList } from '../api/schemas';
import { patchFlaggedPage, patchListPage } from './status-patch';

const ev = (id: string, frontend_status = 'DEFAULT'): Event => eventSchema.parse({ id, title: id, start_date_time: '2026-12-01T19:00:00Z', frontend_status });
const page = (...items: Event[]): EventList => ({ total: 10, limit: 50, page: 1, pages: 1, items });
const view = (l: EventList) => l.items.map((e) => `${e.id}:${e.frontend_status}`);

describe('optimistic list patches', () => {
  it('flag pins the row to the top of the default view, unflag lets it go back', () => {
    const flagged = patchListPage(page(ev('a'), ev('b'), ev('c')), {}, 'c', 'FLAGGED');
    expect(view(flagged)).toEqual(['c:FLAGGED', 'a:DEFAULT', 'b:DEFAULT']);
    expect(view(patchListPage(page(ev('c', 'FLAGGED'), ev('a')), {}, 'c', 'DEFAULT'))).toEqual(['c:DEFAULT', 'a:DEFAULT']);
  });

  it('"most behind benchmark" keeps its order when a row is flagged (no pinning there)', () => {
    const flagged = patchListPage(page(ev('a'), ev('b'), ev('c')), { sort: 'benchmark_gap' }, 'c', 'FLAGGED');
    expect(view(flagged)).toEqual(['a:DEFAULT', 'b:DEFAULT', 'c:FLAGGED']);
  });

  it('hide removes the row from the default view; unhide removes it from "show hidden"', () => {
    const hidden = patchListPage(page(ev('a'), ev('b')), {}, 'a', 'HIDDEN');
    expect(view(hidden)).toEqual(['b:DEFAULT']);
    expect(hidden.total).toBe(9);
    expect(view(patchListPage(page(ev('a', 'HIDDEN')), { showHidden: true }, 'a', 'DEFAULT'))).toEqual([]);
  });

  it('leaves pages without the event untouched (same object)', () => {
    const p = page(ev('a'));
    expect(patchListPage(p, {}, 'zzz', 'HIDDEN')).toBe(p);
    expect(patchFlaggedPage(p, 'a', 'FLAGGED')).toBe(p);
  });

  it('unflag removes the row from the flagged list', () => {
    expect(view(patchFlaggedPage(page(ev('a', 'FLAGGED'), ev('b', 'FLAGGED')), 'a', 'DEFAULT'))).toEqual(['b:FLAGGED']);
  });
});
