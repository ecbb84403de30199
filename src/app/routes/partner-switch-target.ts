/** The section lists a partner switch can land on: the first path segment names the section. */
const SECTIONS: Readonly<Record<string, string>> = {
  events: '/events',
  sales: '/sales',
  campaigns: '/campaigns',
  'package-builder': '/package-builder',
  settings: '/settings',
};

/**
 * Where a partner switch goes: the same section's list, so someone reading campaigns goes on
 * reading campaigns, now the other partner's. A page of one record (an event, a campaign, a
 * package) has no twin at the other partner: its list stands in. A list keeps its filters (they
 * mean the same for every partner) but starts again at its first page. An event's sales page
 * belongs to Sales data; anything else goes to the overview.
 */
export function partnerSwitchTarget(pathname: string, search: string): string {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';
  if (first === 'events' && segments[2] === 'sales') return SECTIONS.sales ?? '/';
  const root = SECTIONS[first];
  if (!root) return '/';
  if (segments.length > 1) return root;
  const params = new URLSearchParams(search);
  params.delete('page');
  const query = params.toString();
  return query ? `${root}?${query}` : root;
}
