// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { choiceWindow } from './event-choices';

describe('choiceWindow', () => {
  it('upcoming: from today on, soonest first', () => {
    expect(choiceWindow('upcoming', '2026-11-20')).toEqual({ since: '2026-11-20', until: null, sort: 'start_date_time' });
  });

  it('past: up to today (tonight\'s show, after it), most recent first, however old', () => {
    expect(choiceWindow('past', '2026-11-20')).toEqual({ since: null, until: '2026-11-20', sort: '-start_date_time' });
  });
});
