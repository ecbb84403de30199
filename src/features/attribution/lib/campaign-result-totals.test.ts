import { describe, expect, it } from 'vitest';
import { campaignResultTotals } from './campaign-result-totals';

describe('campaignResultTotals', () => {
  it('sums purchases and revenue and derives the ratios', () => {
    const t = campaignResultTotals([{ purchase: 147, revenue: 6615 }, { purchase: 3, revenue: 135 }], 1500);
    expect(t).toEqual({ purchases: 150, revenue: 6750, revenuePerPurchase: 45, roas: 4.5, manual: 'none' });
  });

  it('no rows: zeros and null ratios', () => {
    expect(campaignResultTotals([])).toEqual({ purchases: 0, revenue: 0, revenuePerPurchase: null, roas: null, manual: 'none' });
  });

  it('null values count as 0; zero purchases → revenuePerPurchase null', () => {
    expect(campaignResultTotals([{ purchase: null, revenue: 100 }, { purchase: 0, revenue: null }], 50)).toEqual({
      purchases: 0, revenue: 100, revenuePerPurchase: null, roas: 2, manual: 'none',
    });
  });

  it('roas is null when spend is unknown, null or 0', () => {
    const rows = [{ purchase: 1, revenue: 10 }];
    expect(campaignResultTotals(rows).roas).toBeNull();
    expect(campaignResultTotals(rows, null).roas).toBeNull();
    expect(campaignResultTotals(rows, 0).roas).toBeNull();
    expect(campaignResultTotals(rows, Number.NaN).roas).toBeNull();
  });

  it('says whether none, some or all rows are manual adjustments', () => {
    const row = (source: 'manual' | 'automated' | null) => ({ purchase: 1, revenue: 10, source });
    expect(campaignResultTotals([row('automated'), row(null)]).manual).toBe('none');
    expect(campaignResultTotals([row('automated'), row('manual')]).manual).toBe('some');
    expect(campaignResultTotals([row('manual'), row('manual')]).manual).toBe('all');
  });

  it('keeps negative adjustments (corrections)', () => {
    expect(campaignResultTotals([{ purchase: 10, revenue: 500 }, { purchase: -2, revenue: -100 }])).toMatchObject({
      purchases: 8, revenue: 400, revenuePerPurchase: 50,
    });
  });
});
