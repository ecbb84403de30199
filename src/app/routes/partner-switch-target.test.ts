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

  it('a list keeps the filters every partner shares, drops what names this partner\'s records, and starts at page 1', () => {
    expect(partnerSwitchTarget('/events', '?range=next-30&page=4&sort=title&category=concert&campaign_status=RUNNING'))
      .toBe('/events?range=next-30&sort=title&category=concert&campaign_status=RUNNING');
    expect(partnerSwitchTarget('/campaigns', '?city=Berlin&vh=v_12&q=jazz&hidden=1')).toBe('/campaigns?hidden=1');
    expect(partnerSwitchTarget('/sales', '?event=evt_1&when=past')).toBe('/sales?when=past');
    expect(partnerSwitchTarget('/package-builder', '?page=2')).toBe('/package-builder');
  });

  it('the overview, and pages of no section, go to the overview', () => {
    expect(partnerSwitchTarget('/', '?x=1')).toBe('/');
    expect(partnerSwitchTarget('/nowhere/else', '')).toBe('/');
  });
});
