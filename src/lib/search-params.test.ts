// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defineSearch, field } from './search-params';

const search = defineSearch({
  q: field.text(),
  city: field.list(),
  sort: field.oneOf(['date', '-date', 'title'] as const, 'date'),
  page: field.int(1, { min: 1 }),
  hidden: field.flag(),
  since: field.day(),
});

describe('search params', () => {
  it('round-trips a state and omits defaults', () => {
    const state = { q: 'jazz', city: ['Berlin', 'München'], sort: 'title' as const, page: 3, hidden: true, since: '2026-06-01' };
    const params = search.serialize(state);
    expect(params.toString()).toBe('q=jazz&city=Berlin&city=M%C3%BCnchen&sort=title&page=3&hidden=1&since=2026-06-01');
    expect(search.parse(params)).toEqual(state);
    expect(search.serialize(search.defaults).toString()).toBe('');
  });

  it('falls back to defaults for invalid values', () => {
    const parsed = search.parse(new URLSearchParams('sort=nope&page=-2&since=2026-13-45&hidden=maybe&city=&city=Köln&city=Köln'));
    expect(parsed).toEqual({ q: '', city: ['Köln'], sort: 'date', page: 1, hidden: false, since: null });
  });

  it('treats a missing key as its default', () => {
    expect(search.parse(new URLSearchParams())).toEqual(search.defaults);
  });

  it('restricts lists to allowed values when given', () => {
    const s = defineSearch({ status: field.list(['RUNNING', 'OPEN']) });
    expect(s.parse(new URLSearchParams('status=OPEN&status=BAD')).status).toEqual(['OPEN']);
  });
});
