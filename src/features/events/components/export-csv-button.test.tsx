import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eventsListSetup, rows } from '@/testing/events-list-page';
import { renderApp } from '@/testing/render-app';
import { addFault, clearFaults } from '../../../../mocks/scenarios/faults';

eventsListSetup();

describe('Export CSV', () => {
  it('Export CSV keeps the keyboard (Cancel while it runs, Export CSV after) and tells its progress in one status region', async () => {
    const downloads: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:events', revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { downloads.push(this.download); });
    const user = userEvent.setup();
    renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const total = screen.getByText((_, el) => el?.matches('.events-list__count strong') ?? false).textContent;
    const status = within(document.querySelector('.export-csv') as HTMLElement).getByRole('status');
    expect(status).toHaveTextContent(/^$/);

    // the export's first page never answers: it is running until cancelled
    addFault({ method: 'GET', path: '/api/v3/events/', kind: 'hang' });
    screen.getByRole('button', { name: /Export CSV/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel export' })).toHaveFocus());
    expect(status).toHaveTextContent('Starting export…');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: /Export CSV/ })).toHaveFocus());
    expect(status).toHaveTextContent(/^$/);
    expect(downloads).toEqual([]);

    clearFaults();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status).toHaveTextContent(`Exported ${total} events to `), { timeout: 8000 });
    // the same region, not a new one
    expect(within(document.querySelector('.export-csv') as HTMLElement).getByRole('status')).toBe(status);
    await waitFor(() => expect(screen.getByRole('button', { name: /Export CSV/ })).toHaveFocus());
    expect(downloads).toHaveLength(1);
    expect(status).toHaveTextContent(`to ${downloads[0]}.`);
    click.mockRestore();
  });
});
