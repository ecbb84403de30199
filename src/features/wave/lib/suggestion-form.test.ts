import { describe, expect, it } from 'vitest';
import { parseSuggestionDraft } from './suggestion-form';

// jsdom's locale is English: "." is the decimal mark
describe('parseSuggestionDraft', () => {
  it('"100.555" is a budget with too many decimals, not 100,555', () => {
    const parsed = parseSuggestionDraft({ budget: '100.555', goal: 'UTILIZATION' });
    expect(parsed).toMatchObject({ ok: false, errors: { budget: 'Use at most two decimals.' } });
  });

  it('"1,000" and "1.000,50" are read with their grouping', () => {
    expect(parseSuggestionDraft({ budget: '1,000', goal: 'UTILIZATION' })).toMatchObject({ ok: true, params: { budget: 1000 } });
    expect(parseSuggestionDraft({ budget: '1.000,50', goal: 'UTILIZATION' })).toMatchObject({ ok: true, params: { budget: 1000.5 } });
  });
});
