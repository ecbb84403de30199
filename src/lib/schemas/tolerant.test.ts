// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { answerObject, nullableNumber, nullableString } from './tolerant';

const summary = answerObject(z.object({ currency: nullableString(), days: z._default(z.array(z.object({ revenue: nullableNumber() })), () => []) }));

describe('answerObject', () => {
  it('tolerates missing and null fields as long as the answer is recognisably this one', () => {
    expect(summary.parse({ days: [] })).toEqual({ currency: null, days: [] });
    expect(summary.parse({ currency: null })).toEqual({ currency: null, days: [] });
    expect(summary.parse({ currency: 'EUR', days: [{}], extra: 1 })).toEqual({ currency: 'EUR', days: [{ revenue: null }] });
  });

  it('refuses an answer with none of its fields: another shape is an error, not "no data"', () => {
    for (const wrong of [{}, { unexpected: true, items: 'not-a-list', total: 'many' }, [], null, 'ok', { days: undefined }]) {
      expect(summary.safeParse(wrong).success, JSON.stringify(wrong)).toBe(false);
    }
  });
});
