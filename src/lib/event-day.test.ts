// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventDayOf, isEventOver } from './event-day';

const tz = 'Europe/Berlin';

describe('event day', () => {
  it('is the day in the partner zone, null when unreadable', () => {
    expect(eventDayOf('2026-08-17T22:30:00Z', tz)).toBe('2026-08-18');
    expect(eventDayOf('not a date', tz)).toBeNull();
    expect(eventDayOf(null, tz)).toBeNull();
  });

  it('an event is over from the day after it; its own day is not', () => {
    expect(isEventOver('2026-08-18T18:00:00Z', '2026-08-19', tz)).toBe(true);
    expect(isEventOver('2026-08-18T18:00:00Z', '2026-08-18', tz)).toBe(false);
    expect(isEventOver('2026-12-18T18:00:00Z', '2026-08-19', tz)).toBe(false);
    expect(isEventOver(undefined, '2026-08-19', tz)).toBe(false);
  });
});
