import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MultiSelect } from './multi-select';

const options = [{ value: 'berlin', label: 'Berlin' }, { value: 'hamburg', label: 'Hamburg' }];

function Harness() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <>
      <button type="button">Previous control</button>
      <MultiSelect label="City" options={options} selected={selected} onChange={setSelected} />
      <button type="button">Next control</button>
    </>
  );
}

async function openCity() {
  const user = userEvent.setup();
  const { container } = render(<Harness />);
  const details = container.querySelector('details');
  const summary = container.querySelector('summary');
  if (!details || !summary) throw new Error('no disclosure rendered');
  await user.click(summary);
  expect(details).toHaveAttribute('open');
  return { user, details, summary };
}

describe('MultiSelect', () => {
  it('stays open while Tab moves between its own options', async () => {
    const { user, details } = await openCity();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Berlin' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Hamburg' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Clear city' })).toHaveFocus();
    expect(details).toHaveAttribute('open');
    expect(screen.getByRole('checkbox', { name: 'Berlin' })).toBeChecked();
  });

  it('closes when Tab moves past the last option, leaving focus where it went', async () => {
    const { user, details } = await openCity();
    await user.tab();
    await user.tab();
    await user.tab();
    const next = screen.getByRole('button', { name: 'Next control' });
    expect(next).toHaveFocus();
    expect(details).not.toHaveAttribute('open');
    expect(screen.getByText('Hamburg')).not.toBeVisible();
  });

  it('closes when Shift+Tab leaves through the trigger', async () => {
    const { user, details, summary } = await openCity();
    await user.tab();
    await user.tab({ shift: true });
    expect(summary).toHaveFocus();
    expect(details).toHaveAttribute('open');
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Previous control' })).toHaveFocus();
    expect(details).not.toHaveAttribute('open');
  });

  it('still closes on a click outside and on Escape (focus back on the trigger)', async () => {
    const { user, details, summary } = await openCity();
    await user.click(document.body);
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(details).not.toHaveAttribute('open');
    expect(summary).toHaveFocus();
  });

  it('brings its opened list into view (on phones it opens in place, possibly below the fold)', async () => {
    const scrolled: { element: Element; options: unknown }[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) { scrolled.push({ element: this, options }); };
    try {
      await openCity();
      expect(scrolled).toEqual([{ element: screen.getByRole('group', { name: 'City' }), options: { block: 'nearest' } }]);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
