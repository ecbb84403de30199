import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eventsListSetup, rows } from '@/testing/events-list-page';
import { readFirstSheet } from '@/testing/read-workbook';
import { renderApp } from '@/testing/render-app';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { addFault, clearFaults } from '../../../../mocks/scenarios/faults';

eventsListSetup();

/** The events list, with file saves recorded (by name) instead of made. */
async function openListSavingDownloads() {
  const downloads: string[] = [];
  Object.assign(URL, { createObjectURL: () => 'blob:events', revokeObjectURL: () => undefined });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { downloads.push(this.download); });
  renderApp('/events');
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  return { downloads, click };
}

describe('Export', () => {
  it('Export CSV keeps the keyboard (Cancel while it runs, Export CSV after) and tells its progress in one status region', async () => {
    const { downloads, click } = await openListSavingDownloads();
    const user = userEvent.setup();
    const total = screen.getByText((_, el) => el?.matches('.events-list__count strong') ?? false).textContent;
    const status = within(document.querySelector('.list-export') as HTMLElement).getByRole('status');
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
    expect(within(document.querySelector('.list-export') as HTMLElement).getByRole('status')).toBe(status);
    await waitFor(() => expect(screen.getByRole('button', { name: /Export CSV/ })).toHaveFocus());
    expect(downloads).toHaveLength(1);
    expect(status).toHaveTextContent(`to ${downloads[0]}.`);
    click.mockRestore();
  });

  it('a page that comes back empty before the last makes the export fail, saying how much was missing; no short file is saved', async () => {
    const { downloads, click } = await openListSavingDownloads();
    const user = userEvent.setup();
    const total = Number(screen.getByText((_, el) => el?.matches('.events-list__count strong') ?? false).textContent?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(100);
    // the server answers page 2 well formed, with the same total, but no events
    server.use(http.get('*/api/v3/events/', ({ request }) => {
      const url = new URL(request.url);
      if (url.searchParams.get('page') !== '2') return undefined;
      return HttpResponse.json({ total, limit: 50, page: 2, pages: Math.ceil(total / 50), items: [] });
    }));
    await user.click(screen.getByRole('button', { name: /Export CSV/ }));
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      `Export failed: only 50 of ${total} events could be read (the list changed while it was read, or the server left some out), so no file was saved. Please try again.`,
    );
    expect(within(document.querySelector('.list-export') as HTMLElement).getByRole('status')).not.toHaveTextContent(/Exported/);
    expect(downloads).toEqual([]);
    click.mockRestore();
  });

  it('Export Excel saves the whole filtered list as a workbook, one row per event under the screen’s headers', async () => {
    const files: { name: string; blob: Blob }[] = [];
    let last: Blob | null = null;
    Object.assign(URL, { createObjectURL: (blob: Blob) => { last = blob; return 'blob:events'; }, revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (last) files.push({ name: this.download, blob: last });
    });
    const user = userEvent.setup();
    renderApp('/events?range=all&city=Berlin');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const total = Number(screen.getByText((_, el) => el?.matches('.events-list__count strong') ?? false).textContent?.replace(/\D/g, ''));
    await user.click(screen.getByRole('button', { name: /Export Excel/ }));
    const status = within(document.querySelector('.list-export') as HTMLElement).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/Exported .* events to .*\.xlsx\./), { timeout: 8000 });
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^events_city-Berlin_all_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheet = await readFirstSheet(files[0]!.blob);
    expect(sheet.rowCount).toBe(total + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Event');
    const cities = new Set<unknown>();
    sheet.eachRow((row, n) => { if (n > 1) cities.add(row.getCell(3).value); });
    expect(cities).toEqual(new Set(['Berlin']));
    await waitFor(() => expect(screen.getByRole('button', { name: /Export Excel/ })).toHaveFocus());
    click.mockRestore();
  });
});
