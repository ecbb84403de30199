// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countByStatus, filterPackages, packagesSearch, statusInfo, toggleStatus } from './package-status';

const pkg = (id: string, status: string | null) => ({ id, title: id, status, created_at: null, events: [] });
const list = [pkg('a', 'DONE'), pkg('b', 'FAILED'), pkg('c', 'DONE'), pkg('d', 'INPROGRESS'), pkg('e', null)];

describe('package status', () => {
  it('every status has a text label; unknown ones degrade', () => {
    expect(statusInfo('INPROGRESS').label).toBe('Building');
    expect(statusInfo('ARCHIVED')).toMatchObject({ label: 'Archived', tone: 'muted' });
    expect(statusInfo(null).label).toBe('Unknown');
  });

  it('filters by the selected statuses (none = all) and counts', () => {
    expect(filterPackages(list, []).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(filterPackages(list, ['DONE', 'FAILED']).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(countByStatus(list)).toEqual({ DONE: 2, FAILED: 1, INPROGRESS: 1 });
  });

  it('toggling keeps the canonical order', () => {
    expect(toggleStatus(['FAILED'], 'DONE')).toEqual(['DONE', 'FAILED']);
    expect(toggleStatus(['DONE', 'FAILED'], 'DONE')).toEqual(['FAILED']);
  });

  it('the filter round-trips through the URL as repeated keys; unknown values are dropped', () => {
    const params = packagesSearch.serialize({ status: ['DONE', 'FAILED'] });
    expect(params.toString()).toBe('status=DONE&status=FAILED');
    expect(packagesSearch.parse(params)).toEqual({ status: ['DONE', 'FAILED'] });
    expect(packagesSearch.parse(new URLSearchParams('status=NOPE&status=EXPIRED'))).toEqual({ status: ['EXPIRED'] });
    expect(packagesSearch.serialize({ status: [] }).toString()).toBe('');
  });
});
