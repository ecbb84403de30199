import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { formatDay } from '@/lib/format';
import { DayFilterInput } from './day-filter-input';

const field = () => screen.getByLabelText('From');

describe('DayFilterInput', () => {
  it('filters only by a whole day; what is typed meanwhile stays in the field', () => {
    const onCommit = vi.fn();
    render(<DayFilterInput label="From" value={null} onCommit={onCommit} />);
    // the year's first digit: the browser reports year 2
    fireEvent.change(field(), { target: { value: '0002-03-15' } });
    expect(onCommit).not.toHaveBeenCalled();
    expect(field()).toHaveValue('0002-03-15');
    fireEvent.change(field(), { target: { value: '2027-03-15' } });
    expect(onCommit).toHaveBeenLastCalledWith('2027-03-15');
  });

  it('a part still missing (the browser reports nothing) changes no filter', () => {
    const onCommit = vi.fn();
    render(<DayFilterInput label="From" value="2027-03-15" onCommit={onCommit} />);
    Object.defineProperty(field(), 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.change(field(), { target: { value: '' } });
    expect(onCommit).not.toHaveBeenCalled();
    // emptied for good: the filter end is open again
    Object.defineProperty(field(), 'validity', { value: { badInput: false }, configurable: true });
    fireEvent.change(field(), { target: { value: '2027-03-16' } });
    fireEvent.change(field(), { target: { value: '' } });
    expect(onCommit).toHaveBeenLastCalledWith(null);
  });

  it('left with a year that is not whole, it says so next to the field', () => {
    render(<DayFilterInput label="From" value={null} onCommit={() => undefined} />);
    fireEvent.change(field(), { target: { value: '0020-03-15' } });
    expect(field()).not.toHaveAttribute('aria-invalid');
    fireEvent.blur(field());
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription('Type the whole year (four digits); until then the list ignores this field.');
  });

  it('names the day still in use while the year is unfinished', () => {
    render(<DayFilterInput label="From" value="2027-03-15" onCommit={() => undefined} />);
    fireEvent.change(field(), { target: { value: '0020-03-15' } });
    fireEvent.blur(field());
    expect(field()).toHaveAccessibleDescription(`Type the whole year (four digits); until then the list uses ${formatDay('2027-03-15')}.`);
  });

  it('follows the filter when it changes elsewhere (a preset, Back, clear filters)', () => {
    const { rerender } = render(<DayFilterInput label="From" value="2027-03-15" onCommit={() => undefined} />);
    rerender(<DayFilterInput label="From" value="2027-01-01" onCommit={() => undefined} />);
    expect(field()).toHaveValue('2027-01-01');
    rerender(<DayFilterInput label="From" value={null} onCommit={() => undefined} />);
    expect(field()).toHaveValue('');
  });
});
