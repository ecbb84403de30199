import { Link, useLocation } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { PartnerName } from '@/features/auth/lib/partner-name';
import { useSession } from '@/lib/use-session';
import { useSwitchPartner } from './use-switch-partner';

/** The list a missing page was part of: the way back the user most likely wants. */
const SECTIONS = [
  { prefix: '/events', to: '/events', label: 'Go to the events' },
  { prefix: '/sales', to: '/sales', label: 'Go to sales data' },
  { prefix: '/campaigns', to: '/campaigns', label: 'Go to the campaigns' },
  { prefix: '/package-builder', to: '/package-builder', label: 'Go to the packages' },
] as const;

/** The event an event's or campaign's page is about ("/events/evt_1/sales", "/campaigns/evt_1"). */
const eventOf = (pathname: string) => /^\/(?:events|campaigns)\/([^/]+)/.exec(pathname)?.[1];

/**
 * The user's other partners who have the event: each is asked (GET /events/{eid} as that partner;
 * another partner's event is a 404), so a made-up address offers none.
 */
function useOtherOwners(eid: string | undefined): string[] {
  const current = useSession();
  const others = eid ? (current?.partnerIds ?? []).filter((p) => p !== current?.partnerId) : [];
  const owns = useQueries({
    queries: others.map((partnerId) => ({
      queryKey: ['not-found', 'owner', partnerId, eid] as const,
      // loaded here: the event's reader and schema are not part of the entry (this page is)
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const { fetchEvent } = await import('@/lib/event-queries');
        return fetchEvent(decodeURIComponent(eid ?? ''), { signal, partnerId }).then(() => true);
      },
      retry: false,
    })),
  });
  return others.filter((_, i) => owns[i]?.data === true);
}

/**
 * A missing page, with the way back to its list. An event's or campaign's page may be another
 * partner's — Back after a partner switch, a colleague's link — so the user's other partners who
 * have the event are offered: opening it as one switches the dashboard and reads the same address again.
 */
export function NotFoundPage() {
  const { pathname, search } = useLocation();
  const section = SECTIONS.find((s) => pathname === s.prefix || pathname.startsWith(`${s.prefix}/`));
  const others = useOtherOwners(eventOf(pathname));
  const switchPartner = useSwitchPartner();
  return (
    <section className="page">
      <title>Page not found · Future Demand</title>
      <div className="card empty-state">
        <h1>Page not found</h1>
        <p className="muted">The page or event you were looking for does not exist, or belongs to another partner.</p>
        <div className="row">
          {section && <Link className="button button--primary" to={section.to}>{section.label}</Link>}
          {others.map((p) => (
            <button key={p} type="button" className="button" onClick={() => switchPartner(`${pathname}${search}`, { partnerId: p, replace: true })}>
              Open it as <PartnerName partnerId={p} />
            </button>
          ))}
          <Link className={section ? 'button' : 'button button--primary'} to="/">Go to the overview</Link>
        </div>
      </div>
    </section>
  );
}
