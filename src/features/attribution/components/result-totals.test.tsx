import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { campaignResultTotals } from '../lib/campaign-result-totals';
import { ResultTotals } from './result-totals';

const rows = [{ purchase: 3, revenue: 120 }];
const roasTile = () => screen.getByRole('group', { name: 'ROAS' });

describe('ResultTotals', () => {
  it('says what the ROAS is based on, or why there is none', () => {
    const { rerender } = render(<ResultTotals totals={campaignResultTotals(rows, 40)} currency="EUR" spend={40} hasResults />);
    expect(roasTile()).toHaveTextContent(/3\.0×\s*on €40\.00 spent/);
    rerender(<ResultTotals totals={campaignResultTotals(rows, 0)} currency="EUR" spend={0} hasResults />);
    expect(roasTile()).toHaveTextContent('nothing spent yet');
    rerender(<ResultTotals totals={campaignResultTotals(rows, null)} currency="EUR" spend={null} hasResults />);
    expect(roasTile()).toHaveTextContent('needs the campaign spend');
    rerender(<ResultTotals totals={campaignResultTotals([], 40)} currency="EUR" spend={40} hasResults={false} />);
    expect(roasTile()).toHaveTextContent('no results yet');
  });

  it('says when the ROAS rests, in part or wholly, on manual adjustments', () => {
    const manual = { purchase: 1, revenue: 40, source: 'manual' as const };
    const automated = { purchase: 3, revenue: 120, source: 'automated' as const };
    const { rerender } = render(<ResultTotals totals={campaignResultTotals([automated], 40)} currency="EUR" spend={40} hasResults />);
    expect(roasTile()).toHaveTextContent(/on €40\.00 spent$/);
    rerender(<ResultTotals totals={campaignResultTotals([automated, manual], 40)} currency="EUR" spend={40} hasResults />);
    expect(roasTile()).toHaveTextContent(/4\.0×\s*on €40\.00 spent, incl\. manual adjustments$/);
    rerender(<ResultTotals totals={campaignResultTotals([manual], 40)} currency="EUR" spend={40} hasResults />);
    expect(roasTile()).toHaveTextContent(/1\.0×\s*on €40\.00 spent, from manual adjustments only$/);
  });
});
