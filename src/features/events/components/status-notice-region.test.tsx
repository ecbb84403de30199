import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { statusNotices } from '../lib/status-runtime';
import { StatusNoticeRegion } from './status-notice-region';

const clearance = () => document.documentElement.style.getPropertyValue('--status-notices-clearance');

afterEach(() => act(() => statusNotices.clear()));

describe('status messages keep the focused control clear of them', () => {
  it('while a message shows, the page gets room at the bottom (scroll-padding); none once it is dismissed', async () => {
    render(<StatusNoticeRegion partnerId="p1" />);
    expect(clearance()).toBe('');

    act(() => { statusNotices.push({ tone: 'success', message: '“Velo” hidden.', about: 'p1:evt_1' }); });
    expect(screen.getByRole('region', { name: 'Messages' })).toHaveTextContent('“Velo” hidden.');
    expect(clearance()).toMatch(/^\d+px$/);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByText('“Velo” hidden.')).not.toBeInTheDocument();
    expect(clearance()).toBe('');
  });

  it("another partner's message is not shown and takes no room", () => {
    render(<StatusNoticeRegion partnerId="p1" />);
    act(() => { statusNotices.push({ tone: 'success', message: '“Other” hidden.', about: 'p2:evt_1' }); });
    expect(screen.queryByText('“Other” hidden.')).not.toBeInTheDocument();
    expect(clearance()).toBe('');
  });

  it('leaves no room behind when the region goes (sign-out, partner switch)', () => {
    const { unmount } = render(<StatusNoticeRegion partnerId="p1" />);
    act(() => { statusNotices.push({ tone: 'error', message: 'Could not hide “Velo”.', about: 'p1:evt_1' }); });
    expect(clearance()).not.toBe('');
    unmount();
    expect(clearance()).toBe('');
  });
});
