// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDayRange } from '@/lib/format';
import { transactionSummaryRecordSchema } from '../api/schemas';
import { addedSalesText, confirmsSummary, unsureAddText } from './added-sales';

const input = { eid: 'evt_1', from: '2026-12-04', to: '2026-12-04', tickets: [{ type: 'regular', sold: 2, revenue: 200 }, { type: 'vip', sold: 1, revenue: 94 }] };
const stored = { id: 'ts_00001', eid: 'evt_1', from: '2026-12-04', to: '2026-12-04', imported_rows: 2, created_at: '2026-12-05T09:00:00Z' };
/** what an answer of another shape reads as */
const unknownAnswer = transactionSummaryRecordSchema.parse({ unexpected: true, items: 'not-a-list' });
const day = formatDayRange('2026-12-04', '2026-12-04');

describe('added sales', () => {
  it('the stored record of these sales confirms them; any other answer does not', () => {
    expect(confirmsSummary(stored, input)).toBe(true);
    expect(confirmsSummary(unknownAnswer, input)).toBe(false);
    expect(confirmsSummary({ ...stored, eid: 'evt_2' }, input)).toBe(false);
    expect(confirmsSummary({ ...stored, to: '2026-12-05' }, input)).toBe(false);
  });

  it('reads the record tolerantly: days as days, fields it leaves out contradict nothing', () => {
    expect(confirmsSummary({ ...stored, from: '2026-12-04T00:00:00Z', to: '2026-12-04T00:00:00Z' }, input)).toBe(true);
    expect(confirmsSummary(transactionSummaryRecordSchema.parse({ id: 'ts_9' }), input)).toBe(true);
    expect(confirmsSummary(transactionSummaryRecordSchema.parse({ imported_rows: 2 }), input)).toBe(true);
    expect(confirmsSummary(transactionSummaryRecordSchema.parse({ id: 'ts_9', eid: 'evt_other' }), input)).toBe(false);
    expect(confirmsSummary(transactionSummaryRecordSchema.parse({ created_at: '2026-12-05T09:00:00Z' }), input)).toBe(false);
  });

  it('says "Added" with the stored rows only for a confirmed record', () => {
    expect(addedSalesText(input, stored, 'EUR')).toEqual({ confirmed: true, text: `Added 3 tickets and €294.00 for ${day} (2 daily rows stored).` });
    expect(addedSalesText(input, { ...stored, imported_rows: null }, 'EUR').text).toBe(`Added 3 tickets and €294.00 for ${day}.`);
    expect(addedSalesText(input, unknownAnswer, 'EUR')).toEqual({
      confirmed: false,
      text: `The server accepted 3 tickets and €294.00 for ${day} but did not confirm what it stored; check the recorded sales above before adding them again.`,
    });
  });

  it('after a lost answer: the totals before the attempt to compare with, or what to check when they were not loaded', () => {
    const sent = `The sales (3 tickets and €294.00 for ${formatDayRange('2026-12-04', '2026-12-04')}) may have been saved.`;
    const totals = { days: 12, first: '2026-11-01', last: '2026-12-03', tickets: 6458, revenue: 302080 };
    expect(unsureAddText('Lost.', input, totals, 'EUR')).toBe(
      `Lost. ${sent} Before this attempt, Recorded sales above showed Tickets sold 6,458 and Ticket revenue €302,080.00: if these have grown by the sales sent, they were saved; do not send them again.`,
    );
    expect(unsureAddText('Lost.', input, { ...totals, days: 0, tickets: 0, revenue: 0 }, 'EUR')).toBe(
      `Lost. ${sent} Before this attempt no sales were recorded for this event: if Recorded sales above now shows some, they were saved; do not send them again.`,
    );
    expect(unsureAddText('Lost.', input, null, 'EUR')).toBe(`Lost. ${sent} Check whether the totals under Recorded sales above include them before sending them again.`);
  });
});
