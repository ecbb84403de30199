// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inHeldOrder } from './held-order';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[] | null) => list?.map((r) => r.id) ?? null;

describe('inHeldOrder', () => {
  it('keeps the held order when the same rows come re-sorted (a flag pinned one to the top)', () => {
    expect(ids(inHeldOrder(['a', 'b', 'c', 'd'], rows('c', 'a', 'b', 'd')))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a row that left (hidden) closes its gap; the others keep their places', () => {
    expect(ids(inHeldOrder(['a', 'b', 'c', 'd'], rows('d', 'a', 'c')))).toEqual(['a', 'c', 'd']);
  });

  it('a row not shown before means other rows (a page, a filter): no hold', () => {
    expect(inHeldOrder(['a', 'b', 'c'], rows('a', 'b', 'x'))).toBeNull();
    expect(inHeldOrder([], rows('a'))).toBeNull();
  });
});
