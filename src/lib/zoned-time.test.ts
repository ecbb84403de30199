// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromZonedInput, toZonedInput } from './zoned-time';

const tz = 'Europe/Berlin';

describe('zoned datetime-local', () => {
  it('shows a UTC instant as wall time in the zone (summer and winter)', () => {
    expect(toZonedInput('2026-06-12T18:30:00Z', tz)).toBe('2026-06-12T20:30');
    expect(toZonedInput('2026-12-31T23:30:00Z', tz)).toBe('2027-01-01T00:30');
    expect(toZonedInput('2026-06-12T18:30:00Z', 'America/New_York')).toBe('2026-06-12T14:30');
    expect(toZonedInput(null, tz)).toBe('');
    expect(toZonedInput('nope', tz)).toBe('');
  });

  it('reads wall time in the zone back to UTC', () => {
    expect(fromZonedInput('2026-06-12T20:30', tz)).toBe('2026-06-12T18:30:00Z');
    expect(fromZonedInput('2027-01-01T00:30', tz)).toBe('2026-12-31T23:30:00Z');
    expect(fromZonedInput('2026-06-12T14:30', 'America/New_York')).toBe('2026-06-12T18:30:00Z');
  });

  it('round-trips, and resolves the spring-forward gap to after it', () => {
    for (const iso of ['2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']) {
      const back = fromZonedInput(toZonedInput(iso, tz), tz);
      expect(back === null ? null : toZonedInput(back, tz)).toBe(toZonedInput(iso, tz));
    }
    expect(fromZonedInput('2026-03-29T02:30', tz)).toBe('2026-03-29T01:30:00Z');
  });

  it('rejects invalid input', () => {
    expect(fromZonedInput('2026-02-30T10:00', tz)).toBeNull();
    expect(fromZonedInput('2026-06-12', tz)).toBeNull();
    expect(fromZonedInput('', tz)).toBeNull();
  });
});
