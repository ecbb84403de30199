// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDayRange } from '@/lib/format';
import { transactionSummaryRecordSchema } from '../api/schemas';
import { addedSalesText, confirmsSummary } from './added-sales';

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
});
