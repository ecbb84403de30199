import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { eventsListSetup, rows } from '@/testing/events-list-page';
import { renderApp } from '@/testing/render-app';

const { recordRequests } = eventsListSetup();

/** What ArrowDown does to a closed native select: the key, then the option after the one it shows. */
function arrowDown(select: HTMLSelectElement) {
  const next = select.options[select.selectedIndex + 1];
  if (!next) throw new Error('no option below');
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.change(select, { target: { value: next.value } });
}

describe('the filter bar selects', () => {
  it.each([
    ['Date', 'past-7', 'since', '2026-11-13'],
    ['Sort by', '-capacity', 'sort', '-capacity'],
    ['Status', 'cancelled', 'status', 'cancelled'],
  ])('arrowing three times through %s shows every step at once and reads the list once, for the last', async (label, last, param, sent) => {
    const { router } = renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: label });
    const { log, stop } = recordRequests();
    const shown: string[] = [];
    // presses 0 ms apart: each one starts from the option the one before chose
    act(() => {
      for (let i = 0; i < 3; i++) { arrowDown(select); shown.push(select.value); }
    });
    expect(shown.at(-1)).toBe(last);
    expect(new Set(shown).size).toBe(3);
    await waitFor(() => expect(router.state.location.search).toContain(last));
    await waitFor(() => expect(log.filter((r) => r.url.pathname.endsWith('/events/'))).toHaveLength(1));
    expect(select).toHaveValue(last);
    const [list] = log.filter((r) => r.url.pathname.endsWith('/events/'));
    expect(list?.url.searchParams.get(param)).toBe(sent);
    // no read (list, flagged, statistics) for the options passed on the way
    expect(log.filter((r) => r.url.searchParams.has(param) && r.url.searchParams.get(param) !== sent)).toEqual([]);
    stop();
  });

  it('a choice made without keys (the mouse) is applied at once, without the pause for a run of presses', async () => {
    const { router } = renderApp('/events');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Date' });
    await act(async () => { fireEvent.change(select, { target: { value: 'past-90' } }); });
    // no waiting for timers (the pause would be 250 ms): the URL has it once the navigation's promises settle
    expect(router.state.location.search).toContain('range=past-90');
    expect(select).toHaveValue('past-90');
  });

  it('follows the URL when it changes elsewhere (Back)', async () => {
    const { router } = renderApp('/events?range=past-90');
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Date' });
    expect(select).toHaveValue('past-90');
    await act(() => router.navigate('/events?range=all'));
    expect(select).toHaveValue('all');
  });
});
