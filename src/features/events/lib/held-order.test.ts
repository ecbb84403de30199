// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inHeldOrder } from './held-order';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('inHeldOrder', () => {
  it('keeps the held order when the same rows come re-sorted (a flag pinned one to the top)', () => {
    expect(ids(inHeldOrder(['a', 'b', 'c', 'd'], rows('c', 'a', 'b', 'd')))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a row that left (hidden, or pinned onto page 1) closes its gap; the others keep their places', () => {
    expect(ids(inHeldOrder(['a', 'b', 'c', 'd'], rows('d', 'a', 'c')))).toEqual(['a', 'c', 'd']);
  });

  it('a row that slid in from the next page comes last, below the held ones', () => {
    expect(ids(inHeldOrder(['a', 'b', 'c', 'd'], rows('a', 'c', 'd', 'e')))).toEqual(['a', 'c', 'd', 'e']);
    expect(ids(inHeldOrder(['a', 'b', 'c'], rows('x', 'b', 'a', 'y')))).toEqual(['a', 'b', 'x', 'y']);
  });
});
