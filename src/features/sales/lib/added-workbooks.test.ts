import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetAddedWorkbooks, rememberAddedWorkbook, whenWorkbookAdded, workbookFingerprint } from './added-workbooks';

const file = (bytes: string, name = 'a.xlsx', lastModified = 1) => new File([bytes], name, { lastModified });

afterEach(() => {
  forgetAddedWorkbooks();
  vi.unstubAllGlobals();
});

describe('added workbooks', () => {
  it('fingerprints the content (SHA-256): a renamed copy is the same file, other bytes are not', async () => {
    expect(await workbookFingerprint(file('abc'))).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await workbookFingerprint(file('abc', 'b.xlsx', 2))).toBe(await workbookFingerprint(file('abc')));
    expect(await workbookFingerprint(file('abd'))).not.toBe(await workbookFingerprint(file('abc')));
  });

  it('without Web Crypto, falls back to name, size and date', async () => {
    vi.stubGlobal('crypto', {});
    expect(await workbookFingerprint(file('abc', 'a.xlsx', 7))).toBe('meta:a.xlsx:3:7');
  });

  it('remembers when a file was added, per event', async () => {
    const at = new Date('2026-11-20T09:02:00Z');
    await rememberAddedWorkbook('evt_1', file('abc'), at);
    expect(await whenWorkbookAdded('evt_1', file('abc', 'copy.xlsx'))).toEqual(at);
    expect(await whenWorkbookAdded('evt_2', file('abc'))).toBeNull();
    expect(await whenWorkbookAdded('evt_1', file('xyz'))).toBeNull();
  });
});
