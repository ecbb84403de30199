import { describe, expect, it } from 'vitest';
import { backhaulTotals } from './backhaul-totals';

describe('backhaulTotals', () => {
  it('sums clusters and derives revenue per customer and shares', () => {
    const t = backhaulTotals({
      family_outings_munich: { customers: 184, items: 412, purchase: 18540 },
      jazz_lovers: { customers: 16, items: 20, purchase: 1460 },
    });
    expect(t).toMatchObject({ customers: 200, items: 432, revenue: 20000, revenuePerCustomer: 100 });
    expect(t.clusters).toEqual([
      { tc: 'family_outings_munich', customers: 184, items: 412, revenue: 18540, revenueShare: 0.927 },
      { tc: 'jazz_lovers', customers: 16, items: 20, revenue: 1460, revenueShare: 0.073 },
    ]);
  });

  it('orders by revenue, largest first', () => {
    const t = backhaulTotals({ a: { customers: 1, items: 1, purchase: 10 }, b: { customers: 1, items: 1, purchase: 30 } });
    expect(t.clusters.map((c) => c.tc)).toEqual(['b', 'a']);
  });

  it('no clusters: zeros and null ratio', () => {
    expect(backhaulTotals({})).toEqual({ customers: 0, items: 0, revenue: 0, revenuePerCustomer: null, clusters: [] });
  });

  it('null values count as 0; zero revenue gives null shares', () => {
    const t = backhaulTotals({ a: { customers: null, items: 3, purchase: null }, b: { customers: 0, items: null, purchase: 0 } });
    expect(t).toMatchObject({ customers: 0, items: 3, revenue: 0, revenuePerCustomer: null });
    expect(t.clusters.map((c) => c.revenueShare)).toEqual([null, null]);
  });

  it('rounds the shares to 0.1 % so that they add up to exactly 100 %, the largest remainders rounded up', () => {
    // exact shares 27.65 %, 20.95 %, 19.05 %, 18.95 %, 13.4 %: each rounded alone they add up to 100.2 %
    const t = backhaulTotals({
      a: { customers: 1, items: 1, purchase: 2765 }, b: { customers: 1, items: 1, purchase: 2095 }, c: { customers: 1, items: 1, purchase: 1905 },
      d: { customers: 1, items: 1, purchase: 1895 }, e: { customers: 1, items: 1, purchase: 1340 },
    });
    const thousandths = t.clusters.map((c) => Math.round((c.revenueShare ?? 0) * 1000));
    expect(thousandths).toEqual([277, 210, 190, 189, 134]);
    expect(thousandths.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});
