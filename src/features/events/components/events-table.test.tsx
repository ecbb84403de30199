import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { eventSchema, type Event } from '@/lib/schemas/event';
import { allRecords } from '../../../../mocks/db/events';
import type { EventColumn } from './event-columns';
import { EventsTable } from './events-table';

const EVENTS = allRecords('partner-id-acme').slice(0, 3).map((r) => eventSchema.parse(r.row));
const hrefFor = (e: Event) => `/events/${e.id}`;

describe('EventsTable', () => {
  it('draws its rows once when the list around it renders again with the same rows (a late currency, the count line)', async () => {
    const cell = vi.fn((e: Event) => e.title);
    const columns: EventColumn[] = [{ id: 'title', header: 'Event', cell }];
    function List() {
      const [currency, setCurrency] = useState<string | null>(null);
      return (
        <>
          <button type="button" onClick={() => setCurrency('EUR')}>Currency {currency ?? 'unknown'}</button>
          <EventsTable caption="Events" columns={columns} rows={EVENTS} hrefFor={hrefFor} />
        </>
      );
    }
    render(<MemoryRouter><List /></MemoryRouter>);
    expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(EVENTS.map((e) => e.title));
    expect(cell).toHaveBeenCalledTimes(EVENTS.length);

    await userEvent.click(screen.getByRole('button', { name: 'Currency unknown' }));
    expect(screen.getByRole('button', { name: 'Currency EUR' })).toBeInTheDocument();
    expect(cell).toHaveBeenCalledTimes(EVENTS.length);
  });
});
