import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventsListHref, rememberEventsSearch } from './last-events-search';

describe('last events list search', () => {
  afterEach(() => rememberEventsSearch(''));

  it('leads to the bare list when no list was seen in this tab', () => {
    expect(eventsListHref()).toBe('/events');
  });

  it('leads back to the list as last left, and follows every change', () => {
    rememberEventsSearch('?city=Berlin&sort=title');
    expect(eventsListHref()).toBe('/events?city=Berlin&sort=title');
    rememberEventsSearch('?city=Berlin&sort=title&page=3');
    expect(eventsListHref()).toBe('/events?city=Berlin&sort=title&page=3');
    // filters cleared: back to the plain list
    rememberEventsSearch('');
    expect(eventsListHref()).toBe('/events');
  });

  it('lives in sessionStorage, so reloading the event page keeps it', () => {
    rememberEventsSearch('?q=rock');
    expect(Object.values({ ...sessionStorage })).toContain('?q=rock');
  });

  it('never appends anything but a query string', () => {
    rememberEventsSearch('//evil.example/x');
    expect(eventsListHref()).toBe('/events');
    rememberEventsSearch('?');
    expect(eventsListHref()).toBe('/events');
  });

  it('falls back to memory where storage throws', () => {
    const blocked = () => { throw new DOMException('blocked', 'SecurityError'); };
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    rememberEventsSearch('?city=Hamburg');
    expect(eventsListHref()).toBe('/events?city=Hamburg');
  });
});
