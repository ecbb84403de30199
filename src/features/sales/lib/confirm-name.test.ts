// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchesName } from './confirm-name';

describe('matchesName (typing the event name to confirm a clear)', () => {
  const name = 'Wildwood Kin – Open Skies Tour';
  it('accepts the exact name, a typed hyphen for the dash, and stray spaces', () => {
    expect(matchesName(name, name)).toBe(true);
    expect(matchesName('Wildwood Kin - Open Skies Tour', name)).toBe(true);
    expect(matchesName('  Wildwood Kin  -  Open Skies Tour ', name)).toBe(true);
  });
  it('refuses anything else: other case, a part, empty', () => {
    expect(matchesName('wildwood kin – open skies tour', name)).toBe(false);
    expect(matchesName('Wildwood Kin', name)).toBe(false);
    expect(matchesName('', '')).toBe(false);
  });
});
