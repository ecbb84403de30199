import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { env } from '@/config/env';
import { formatDateTime } from '@/lib/format';
import { humanize } from '@/lib/humanize';
import { setupMockApi } from '@/testing/msw';
import { renderApp, signInEachTest } from '@/testing/render-app';
import { findRecord, updateEvent } from '../../../../mocks/db/events';

setupMockApi();
const ACME = 'partner-id-acme';
signInEachTest({ partnerId: ACME });
/** A past event of the seed whose series members share its title. */
const EID = 'evt_1myr47h';

describe('SeriesPanel', () => {
  it('the removal message and its Undo name the removed date, not only the shared title', async () => {
    const members = (findRecord(ACME, EID)?.row.campaign_event_series ?? [])
      .map((id) => findRecord(ACME, id)?.row)
      .filter((e) => e !== undefined)
      .sort((a, b) => a.start_date_time.localeCompare(b.start_date_time));
    const first = members[0];
    if (!first) throw new Error('the seed event has no series');
    const when = formatDateTime(first.start_date_time, env.partnerTimeZone);

    const user = userEvent.setup();
    renderApp(`/events/${EID}`);
    const series = await screen.findByRole('region', { name: 'Event series' }, { timeout: 5000 });
    await user.click(await within(series).findByRole('button', { name: `Remove ${first.title} (${when}) from the series` }));
    await waitFor(() => expect(within(series).getByRole('status')).toHaveTextContent(`“${first.title}” (${when}) was removed from the series.`));
    expect(within(series).getByRole('button', { name: `Undo: put “${first.title} (${when})” back into the series` })).toBeInTheDocument();
  });

  it('each date\'s link is named by its title, start and city, so a list of links tells them apart', async () => {
    const members = (findRecord(ACME, EID)?.row.campaign_event_series ?? []).map((id) => findRecord(ACME, id)!.row);
    renderApp(`/events/${EID}`);
    const series = await screen.findByRole('region', { name: 'Event series' }, { timeout: 5000 });
    await waitFor(() => expect(within(series).getAllByRole('link')).toHaveLength(members.length));
    for (const m of members) {
      // a cancelled date also says so: "… Tour Cancelled Mon, …"
      const name = `${m.title}${m.status === 'active' ? '' : ` ${humanize(m.status)}`} ${formatDateTime(m.start_date_time, env.partnerTimeZone)}${m.city ? ` · ${m.city}` : ''}`;
      expect(within(series).getByRole('link', { name })).toHaveAttribute('href', `/events/${m.id}`);
    }
    const names = within(series).getAllByRole('link').map((a) => a.textContent);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a cancelled date in the series says so beside its title; the others do not', async () => {
    const [memberId] = findRecord(ACME, EID)?.row.campaign_event_series ?? [];
    updateEvent(ACME, memberId!, { status: 'cancelled' });
    renderApp(`/events/${EID}`);
    const series = await screen.findByRole('region', { name: 'Event series' }, { timeout: 5000 });
    await waitFor(() => expect(within(series).getAllByRole('listitem').length).toBeGreaterThan(1));
    for (const item of within(series).getAllByRole('listitem')) {
      const id = item.querySelector('a')?.getAttribute('href')?.split('/').pop();
      const cancelled = findRecord(ACME, id ?? '')?.row.status === 'cancelled';
      expect(within(item).queryByText('Cancelled') !== null).toBe(cancelled);
    }
    expect(series.querySelector(`a[href="/events/${memberId}"]`)?.parentElement).toHaveTextContent('Cancelled');
  });
});
