// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultOptions } from './store';

afterEach(() => { vi.useRealTimers(); });

describe('the mock’s default "now"', () => {
  it('is 08:00 UTC of the partner’s (Berlin) today, also in the hour after Berlin’s midnight', () => {
    vi.useFakeTimers({ now: new Date('2026-12-06T23:30:00Z'), toFake: ['Date'] }); // 00:30 on the 7th in Berlin
    expect(defaultOptions().now.toISOString()).toBe('2026-12-07T08:00:00.000Z');
    vi.setSystemTime(new Date('2026-12-06T12:00:00Z'));
    expect(defaultOptions().now.toISOString()).toBe('2026-12-06T08:00:00.000Z');
  });
});
