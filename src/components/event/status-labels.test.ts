// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownClientStatus, statusBadges } from './status-labels';

const event = (campaign_status: string | null, client_campaign_status: string | null) => ({ frontend_status: 'DEFAULT', campaign_status, client_campaign_status });

describe('status badges', () => {
  it('show the client campaign while the event’s campaigns can run', () => {
    expect(statusBadges(event('RUNNING', 'PAUSED')).map((b) => `${b.label}: ${b.value}`)).toEqual(['In lists: Shown', 'Campaign: Running', 'Delivery: Paused']);
    expect(shownClientStatus(event('OPEN', 'RUNNING'))).toBe('RUNNING');
  });

  it('leave the client campaign out once the event is closed: never "Running" beside "Closed"', () => {
    expect(statusBadges(event('CLOSED', 'RUNNING')).map((b) => b.label)).toEqual(['In lists', 'Campaign']);
    expect(shownClientStatus(event('CLOSED', 'RUNNING'))).toBeNull();
  });

  it('put a cancelled or archived event first, so it never passes for a live one', () => {
    expect(statusBadges({ ...event('OPEN', null), status: 'cancelled' }).map((b) => `${b.label}: ${b.value}`)).toEqual(['Event: Cancelled', 'In lists: Shown', 'Campaign: Open']);
    expect(statusBadges({ ...event('CLOSED', null), status: 'archived' })[0]).toMatchObject({ label: 'Event', value: 'Archived', tone: 'muted' });
    expect(statusBadges({ ...event('OPEN', null), status: 'active' }).map((b) => b.label)).toEqual(['In lists', 'Campaign']);
  });
});
