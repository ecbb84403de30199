// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ticketTypeLabel } from './ticket-category';

describe('ticketTypeLabel', () => {
  it('labels known types, shows unknown ones as sent', () => {
    expect(ticketTypeLabel('vip')).toBe('VIP');
    expect(ticketTypeLabel('regular')).toBe('Regular');
    expect(ticketTypeLabel('hospitality')).toBe('hospitality');
    expect(ticketTypeLabel(null)).toBe('—');
  });
});
