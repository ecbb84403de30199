import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { formatDay } from '@/lib/format';
import type { Campaign } from '../api/schemas';
import { CampaignsTable } from './campaigns-table';

const campaign = (over: Partial<Campaign>): Campaign => ({
  eid: 'evt_1', tc: 'gamers', tc_run_id: 1, status: 'RUNNING', budget: 2300, spent: 1150, start_date: null, end_date: null, creative: null, ...over,
});

describe('CampaignsTable', () => {
  it('a running campaign that has spent its whole budget says so; one with budget left, or paused, does not', () => {
    render(<CampaignsTable
      campaigns={[campaign({ tc: 'gamers', spent: 2300 }), campaign({ tc: 'jazz' }), campaign({ tc: 'rock', status: 'PAUSED', spent: 2300 })]}
      clusters={undefined}
      currency="EUR"
      today="2026-12-07"
    />);
    const [gamers, jazz, rock] = within(screen.getByRole('table')).getAllByRole('row').slice(1, 4) as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(gamers).getAllByRole('cell')[2]).toHaveTextContent(/^€2,300\.00 \(100\s?%\)Budget used up$/);
    expect(jazz).not.toHaveTextContent('Budget used up');
    expect(rock).not.toHaveTextContent('Budget used up');
  });

  it('a running campaign whose run starts later says it shows no ads before then; one already in its run does not', () => {
    render(<CampaignsTable
      campaigns={[campaign({ tc: 'gamers', start_date: '2027-03-02', end_date: '2027-03-25' }), campaign({ tc: 'jazz', start_date: '2026-12-07' }), campaign({ tc: 'rock', status: 'PAUSED', start_date: '2027-03-02' })]}
      clusters={undefined}
      currency="EUR"
      today="2026-12-07"
    />);
    const [gamers, jazz, rock] = within(screen.getByRole('table')).getAllByRole('row').slice(1, 4) as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(gamers).getAllByRole('cell')[0]).toHaveTextContent(new RegExp(`Running\\s*No ads before ${formatDay('2027-03-02')}$`));
    expect(jazz).not.toHaveTextContent('No ads before');
    expect(rock).not.toHaveTextContent('No ads before');
  });
});
