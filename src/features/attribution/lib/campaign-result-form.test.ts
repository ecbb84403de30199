// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, SchemaError, TimeoutError } from '@/lib/api-errors';
import { parseCampaignResultDraft, revenueQuestion, serverErrors, ZERO_ADJUSTMENT } from './campaign-result-form';
import type { TicketCategory } from '@/lib/schemas/ticket-category';

describe('parseCampaignResultDraft', () => {
  it.each([
    [{ purchase: '12', revenue: '1250' }, { purchase: 12, revenue: 1250 }],
    [{ purchase: ' 0 ', revenue: '12.50' }, { purchase: 0, revenue: 12.5 }],
    [{ purchase: '3', revenue: '0' }, { purchase: 3, revenue: 0 }],
    [{ purchase: '1.200', revenue: '1.250,50' }, { purchase: 1200, revenue: 1250.5 }],
  ])('%j → %j', (draft, input) => {
    expect(parseCampaignResultDraft(draft)).toEqual({ ok: true, input });
  });

  it.each([
    [{ purchase: '', revenue: '' }, { purchase: 'Enter the number of purchases (0 or more).', revenue: 'Enter the revenue (0 or more).' }],
    [{ purchase: '2.5', revenue: '10' }, { purchase: 'Purchases must be a whole number, e.g. 12.' }],
    [{ purchase: 'ten', revenue: '10' }, { purchase: 'Purchases must be a whole number, e.g. 12.' }],
    [{ purchase: '-1', revenue: '10' }, { purchase: 'Purchases cannot be negative.' }],
    [{ purchase: '1', revenue: '-10' }, { revenue: 'Revenue cannot be negative.' }],
    [{ purchase: '1', revenue: 'abc' }, { revenue: 'Enter the revenue as an amount, e.g. 1250 or 1250.50.' }],
    [{ purchase: '1', revenue: '10,5555' }, { revenue: 'Use at most two decimals.' }],
    // a slipped key: said as such, not as "not a whole number"
    [{ purchase: '100000000000', revenue: '100' }, { purchase: 'Purchases above 1,000,000 are not plausible for one adjustment: check the number.' }],
    [{ purchase: '99999999999999999999', revenue: '100' }, { purchase: 'Purchases above 1,000,000 are not plausible for one adjustment: check the number.' }],
    [{ purchase: '1', revenue: '5000000000' }, { revenue: 'Revenue above 100,000,000 is not plausible for one adjustment: check the amount.' }],
    // nothing to adjust: one message for both fields
    [{ purchase: ' 0 ', revenue: '0' }, { amounts: ZERO_ADJUSTMENT }],
    [{ purchase: '0', revenue: '0,00' }, { amounts: ZERO_ADJUSTMENT }],
  ])('%j → %j', (draft, errors) => {
    expect(parseCampaignResultDraft(draft)).toEqual({ ok: false, errors });
  });
});

describe('serverErrors', () => {
  it('puts validation errors next to their fields, the rest in the form error', () => {
    const error = new ApiError({
      status: 400,
      validationErrors: [
        { field: 'revenue', code: 'too_large', message: 'Revenue is too large.' },
        { field: 'purchase', code: 'invalid' },
        { field: 'eid', code: 'closed' },
      ],
    });
    expect(serverErrors(error)).toEqual({
      revenue: 'Revenue is too large.',
      purchase: 'Not accepted by the server (invalid).',
      form: 'The server did not accept these values. eid: Not accepted by the server (closed).',
    });
  });

  it('without validation errors: a sentence for people', () => {
    expect(serverErrors(new ApiError({ status: 409 }))).toEqual({ form: expect.stringMatching(/^Could not save\. /) });
  });

  it('no answer, a 5xx or an unreadable success: it may have been added, so no "try again"', () => {
    const check = 'It may still have been added: check the adjustments below before adding it again.';
    expect(serverErrors(new ApiError({ status: 503 }))).toEqual({ form: `The server had a problem while saving. ${check}` });
    expect(serverErrors(new TimeoutError('u', 20_000))).toEqual({ form: `The server did not answer in time. ${check}` });
    expect(serverErrors(new SchemaError('u', []))).toEqual({ form: `The server accepted it, but its answer could not be read. ${check}` });
  });
});

describe('revenueQuestion', () => {
  const category = (price: number | null): TicketCategory => ({ id: 'c', name: 'C', type: 'regular', price, capacity: null, sold: null, revenue: null });
  const tickets = [category(40), category(89), category(null)];

  it('asks when a purchase brings more than ten of the dearest tickets', () => {
    expect(revenueQuestion({ purchase: 5, revenue: 5 * 890 }, tickets, 'EUR')).toBeNull();
    expect(revenueQuestion({ purchase: 5, revenue: 5 * 890 + 1 }, tickets, 'EUR')).toBe(
      'That is €890.20 per purchase, more than 10 of this event’s dearest tickets (€89.00 each). Check the amount, or confirm below.',
    );
    // revenue without purchases (a correction) counts as one purchase
    expect(revenueQuestion({ purchase: 0, revenue: 800 }, tickets, 'EUR')).toBeNull();
    expect(revenueQuestion({ purchase: 0, revenue: 900 }, tickets, 'EUR')).not.toBeNull();
  });

  it('does not ask without a known ticket price', () => {
    expect(revenueQuestion({ purchase: 1, revenue: 1e12 }, undefined, 'EUR')).toBeNull();
    expect(revenueQuestion({ purchase: 1, revenue: 1e12 }, [category(null), category(0)], 'EUR')).toBeNull();
  });
});
