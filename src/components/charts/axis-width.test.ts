// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, yAxisWidth } from './axis-width';

describe('yAxisWidth', () => {
  it('grows with the longest label, so currency codes and long amounts fit', () => {
    const eur = yAxisWidth(['€0', '€20,000', '€40,000', '€60,000'], 12);
    const chf = yAxisWidth(['CHF 0', 'CHF 50,000', 'CHF 100,000', 'CHF 150,000'], 12);
    const chfDe = yAxisWidth(['0 CHF', '50.000 CHF', '100.000 CHF', '150.000 CHF'], 12);
    expect(chf).toBeGreaterThan(eur);
    expect(chfDe).toBe(chf);
    // wider than the labels as DejaVu Sans draws them at 12 px (measured in Chromium: "CHF 150,000"
    // 78 px, "150.000 CHF" 78 px), with the tick's 10 px beside them
    expect(chf).toBeGreaterThanOrEqual(78 + 10);
  });

  it('stays narrow for short labels and is capped for absurd ones', () => {
    expect(yAxisWidth(['0', '5', '10'], 12)).toBe(40);
    // "125 %" is 38 px in DejaVu Sans at 12 px ("%" alone is almost a full em)
    expect(yAxisWidth(['0 %', '50 %', '125 %'], 12)).toBeGreaterThanOrEqual(38 + 10);
    expect(yAxisWidth(['0 %', '50 %', '125 %'], 12)).toBeLessThan(64);
    expect(yAxisWidth(['CHF 1,234,567,890,123'], 12)).toBe(132);
    expect(yAxisWidth([], 12)).toBe(40);
  });

  it('measures wider text at a larger font', () => {
    expect(estimateTextWidth('€40,000', 14)).toBeGreaterThan(estimateTextWidth('€40,000', 12));
  });
});
