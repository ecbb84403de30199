import { describe, expect, it } from 'vitest';
import { packageSettingsCopy, settledSavedNote } from './settings-copy';

const started = packageSettingsCopy('DONE').savedMessage;
const results = (stale: boolean) => ({ kind: 'results', clusters: {}, stale, evaluatedAt: null, producedBy: null }) as const;

describe('settledSavedNote', () => {
  it('says "started" while the re-evaluation runs, and what came of it once it settled', () => {
    expect(settledSavedNote(started, results(true))).toBe(started);
    expect(settledSavedNote(started, { kind: 'evaluating' })).toBe(started);
    expect(settledSavedNote(started, results(false))).toBe('Saved and re-evaluated: the results use these settings.');
    expect(settledSavedNote(started, { kind: 'failed', evaluatedAt: null })).toBe('Saved. The re-evaluation failed; see the results.');
  });

  it('leaves the note of a package still being built as it is', () => {
    const building = packageSettingsCopy('INPROGRESS').savedMessage;
    expect(settledSavedNote(building, { kind: 'building' })).toBe(building);
  });
});
