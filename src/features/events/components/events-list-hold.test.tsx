import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { eventsListSetup, rowOf, rows, said, titles } from '@/testing/events-list-page';
import { renderApp } from '@/testing/render-app';
import { TOUCH_HOLD_MS } from './use-order-held';

/**
 * The rows keep their order while they are in use (pointer over them, keyboard in them): a flag
 * that pins its row moves it once the pointer or the keyboard leaves (use-order-held.ts).
 */
eventsListSetup();

const pinnedCount = () => rows().filter((r) => within(r).queryByRole('button', { name: /^Flag /, pressed: true })).length;

/** The list, and an unflagged event with a title of its own a few rows below the pinned ones. */
async function listWithUnflaggedRowBelowThePinned() {
  renderApp('/events');
  await waitFor(() => expect(rows().length).toBeGreaterThan(10));
  const before = titles() as string[];
  const at = before.findIndex((t, i) => i > pinnedCount() + 3 && before.indexOf(t) === before.lastIndexOf(t) && within(rowOf(t)).queryByRole('button', { name: `Flag ${t}`, pressed: false }));
  return { before, title: before[at]! };
}

describe('events list: the row order held while in use', () => {
  it('with the pointer over the table a flagged row keeps its place; it moves to the top once the pointer leaves', async () => {
    const { before, title } = await listWithUnflaggedRowBelowThePinned();
    const user = userEvent.setup();
    await user.click(within(rowOf(title)).getByRole('button', { name: `Flag ${title}` }));
    expect(await screen.findByText(said(title, 'flagged.'))).toBeInTheDocument();
    await waitFor(() => expect(within(rowOf(title)).getByRole('button', { name: `Flag ${title}` })).toHaveAttribute('aria-pressed', 'true'));
    // the next click lands where the pointer is: no row slid in under it; the count line says where it goes
    expect(titles()).toEqual(before);
    const count = document.querySelector('.events-list__count');
    expect(count).toHaveTextContent('flagged events move to the top once you leave the list');
    await user.unhover(screen.getByRole('table', { name: /events/i }));
    await waitFor(() => expect(titles().indexOf(title)).toBeLessThan(pinnedCount()));
    expect(count).toHaveTextContent('flagged events pinned first');
  });

  it('on a touch screen a tapped Flag keeps the rows in place for a few seconds after the last touch, then its row goes to the top', async () => {
    const { before, title } = await listWithUnflaggedRowBelowThePinned();
    const user = userEvent.setup();
    const flag = within(rowOf(title)).getByRole('button', { name: `Flag ${title}` });
    // a finger: it enters the rows at the press and leaves them as it lifts
    await user.pointer([{ keys: '[TouchA]', target: flag }]);
    expect(await screen.findByText(said(title, 'flagged.'))).toBeInTheDocument();
    await waitFor(() => expect(flag).toHaveAttribute('aria-pressed', 'true'));
    // the finger has lifted and the answer is in: the next tap still lands on the row it aims at
    expect(titles()).toEqual(before);
    const count = document.querySelector('.events-list__count');
    expect(count).toHaveTextContent('flagged events move to the top a few seconds after your last tap');
    await waitFor(() => expect(titles().indexOf(title)).toBeLessThan(pinnedCount()), { timeout: TOUCH_HOLD_MS + 3000 });
    await waitFor(() => expect(count).toHaveTextContent('flagged events pinned first'));
  });

  it('with the keyboard in the table a flagged row keeps its place (the focus stays in view); it moves once the keyboard leaves', async () => {
    const { before, title } = await listWithUnflaggedRowBelowThePinned();
    const user = userEvent.setup();
    // by keyboard into the row: its title link, then Tab to its Flag button
    within(rowOf(title)).getAllByRole('link')[0]!.focus();
    await user.tab();
    const flag = within(rowOf(title)).getByRole('button', { name: `Flag ${title}` });
    expect(flag).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(said(title, 'flagged.'))).toBeInTheDocument();
    await waitFor(() => expect(flag).toHaveAttribute('aria-pressed', 'true'));
    expect(titles()).toEqual(before);
    expect(flag).toHaveFocus();
    // the next Tab goes on from here: the row's Hide button
    await user.tab();
    expect(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` })).toHaveFocus();
    // the keyboard leaves the table: the flagged row goes to the top
    await act(() => screen.getByRole('searchbox', { name: 'Search events' }).focus());
    await waitFor(() => expect(titles().indexOf(title)).toBeLessThan(pinnedCount()));
  });

  it('a keyboard hold ends when the focused row leaves (a hide) and the focus lands outside the rows', async () => {
    const { before, title } = await listWithUnflaggedRowBelowThePinned();
    const at = before.indexOf(title);
    const other = before.find((t, i) => i > at + 1 && before.indexOf(t) === before.lastIndexOf(t) && within(rowOf(t)).queryByRole('button', { name: `Hide ${t}` }))!;
    const user = userEvent.setup();
    within(rowOf(title)).getAllByRole('link')[0]!.focus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(said(title, 'flagged.'))).toBeInTheDocument();
    expect(titles().indexOf(title)).toBe(at);
    within(rowOf(other)).getAllByRole('link')[0]!.focus();
    await user.tab();
    await user.tab();
    expect(within(rowOf(other)).getByRole('button', { name: `Hide ${other}` })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(titles()).not.toContain(other));
    // the focus goes on to the message's Undo, outside the rows: the held order ends there
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Undo'));
    expect(screen.getByRole('table', { name: /events/i })).not.toContainElement(document.activeElement as HTMLElement);
    await waitFor(() => expect(titles().indexOf(title)).toBeLessThan(pinnedCount()));
    expect(document.querySelector('.events-list__count')).toHaveTextContent('flagged events pinned first');
  });

  it('a click on Flag, then Tab: the row stays where it was and the Tab goes on in it', async () => {
    const { before, title } = await listWithUnflaggedRowBelowThePinned();
    const user = userEvent.setup();
    await user.click(within(rowOf(title)).getByRole('button', { name: `Flag ${title}` }));
    expect(await screen.findByText(said(title, 'flagged.'))).toBeInTheDocument();
    await user.tab();
    expect(titles()).toEqual(before);
    expect(within(rowOf(title)).getByRole('button', { name: `Hide ${title}` })).toHaveFocus();
  });

  it('with the pointer over the table a new sort of the same rows shows in its new order at once', async () => {
    const { router } = renderApp('/events?range=next-14');
    await waitFor(() => expect(rows().length).toBeGreaterThan(3));
    const user = userEvent.setup();
    await user.hover(screen.getByRole('table', { name: /events/i }));
    await act(() => router.navigate('/events?range=next-14&sort=-start_date_time'));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(screen.getByRole('table', { name: /events/i }).closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'));
    const whileHovering = titles();
    await user.unhover(screen.getByRole('table', { name: /events/i }));
    expect(titles()).toEqual(whileHovering); // the server's new order was already on screen
  });

});
