/** The section lists a partner switch can land on: the first path segment names the section. */
const SECTIONS: Readonly<Record<string, string>> = {
  events: '/events',
  sales: '/sales',
  campaigns: '/campaigns',
  'package-builder': '/package-builder',
  settings: '/settings',
};

/**
 * The search params that name one partner's own records or depend on their number: the chosen
 * event (/sales?event=), venue/hall ids, cities (another partner plays elsewhere), a text search
 * (it looked for this partner's titles) and the page.
 */
const PARTNER_OWN = ['event', 'vh', 'city', 'q', 'page'] as const;

/**
 * Where a partner switch goes: the same section's list, so someone reading campaigns goes on
 * reading campaigns, now the other partner's. A page of one record (an event, a campaign, a
 * package) has no twin at the other partner: its list stands in. A list keeps the filters that
 * mean the same for every partner (dates, statuses, categories, sort) and drops the rest
 * (`PARTNER_OWN`). An event's sales page belongs to Sales data; anything else goes to the overview.
 */
export function partnerSwitchTarget(pathname: string, search: string): string {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (first === 'events' && segments[2] === 'sales') return SECTIONS.sales ?? '/';
  const root = SECTIONS[first];
  if (!root) return '/';
  if (segments.length > 1) return root;
  const params = new URLSearchParams(search);
  for (const key of PARTNER_OWN) params.delete(key);
  const query = params.toString();
  return query ? `${root}?${query}` : root;
}
