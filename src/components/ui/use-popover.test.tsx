import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { usePopover } from './use-popover';

function Popover() {
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  return (
    <div ref={ref}>
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>Options</button>
      {open && <div role="group" aria-label="Panel"><span>Plain text</span><button type="button">Inside</button></div>}
    </div>
  );
}

function renderInPage() {
  render(
    <main tabIndex={-1}>
      <Popover />
      <button type="button">Elsewhere</button>
    </main>,
  );
  return { user: userEvent.setup(), trigger: screen.getByRole('button', { name: 'Options' }) };
}

describe('usePopover', () => {
  it('stays open when a press on its own text moves focus to the focusable page around it', async () => {
    const { user, trigger } = renderInPage();
    await user.click(trigger);
    // a press on unfocusable text focuses the nearest focusable ancestor: <main tabindex=-1>
    await user.click(screen.getByText('Plain text'));
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(screen.getByRole('group', { name: 'Panel' })).toBeInTheDocument();
  });

  it('closes when focus or a press lands outside, and on Escape (focus back on the trigger)', async () => {
    const { user, trigger } = renderInPage();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('group', { name: 'Panel' })).not.toBeInTheDocument();

    await user.click(trigger);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Inside' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('group', { name: 'Panel' })).not.toBeInTheDocument();

    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Inside' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Panel' })).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });
});
