// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { partnerSwitchTarget } from './partner-switch-target';

describe('partnerSwitchTarget', () => {
  it('stays in the section: a record page goes to its list', () => {
    expect(partnerSwitchTarget('/events/evt_1', '')).toBe('/events');
    expect(partnerSwitchTarget('/campaigns/evt_1', '?tab=results')).toBe('/campaigns');
    expect(partnerSwitchTarget('/package-builder/pkg_555', '')).toBe('/package-builder');
    expect(partnerSwitchTarget('/events/evt_1/sales', '')).toBe('/sales');
    expect(partnerSwitchTarget('/settings', '')).toBe('/settings');
  });

  it('a list keeps its filters but starts at the first page', () => {
    expect(partnerSwitchTarget('/events', '?range=next_30&page=4&sort=date')).toBe('/events?range=next_30&sort=date');
    expect(partnerSwitchTarget('/package-builder', '?page=2')).toBe('/package-builder');
  });

  it('the overview, and pages of no section, go to the overview', () => {
    expect(partnerSwitchTarget('/', '?x=1')).toBe('/');
    expect(partnerSwitchTarget('/nowhere/else', '')).toBe('/');
  });
});
