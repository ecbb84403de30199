import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigate, useNavigation, type Location } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { AppShell, type NavGroup } from '@/components/layout/app-shell';
import { useFocusOnNavigation } from '@/components/layout/use-focus-on-navigation';
import { useFirstPaintDone } from '@/components/ui/after-first-paint';
import { unsavedWork } from '@/components/ui/unsaved-work';
import { useAskBeforeLosingWork } from '@/components/ui/ask-before-losing-work';
import { UnsavedWorkGuard } from '@/components/layout/unsaved-work-guard';
import { FailedWritesNotice } from '@/components/layout/failed-writes-notice';
import { failedAfterLeaving } from '@/lib/failed-after-leaving';
import { session } from '@/lib/api';
import { PartnerPicker } from '@/features/auth/components/partner-picker';
import { PartnerSwitcher } from '@/features/auth/components/partner-switcher';
import { HeldSession, useSession, useSessionStatus } from '@/lib/use-session';
import { OfflineNotice } from './offline-notice';
import { partnerSwitchTarget } from './partner-switch-target';
import { useSwitchPartner } from './use-switch-partner';
import '../events-status.css';

// the flag/hide runtime comes with the pages that have flag/hide buttons (overview, events, event);
// the host (owed sync steps resumed, the messages) loads after the first paint, on every page
// only when a session ends with unsaved work on the page
const SignInAgainDialog = lazy(() => import('@/features/auth/components/sign-in-again-dialog').then((m) => ({ default: m.SignInAgainDialog })));
const FrontendStatusHost = lazy(() => import('@/features/events/components/frontend-status-host').then((m) => ({ default: m.FrontendStatusHost })));

const NAV: NavGroup[] = [
  { label: 'Lookout', items: [{ to: '/', label: 'Overview', end: true }, { to: '/events', label: 'Events' }, { to: '/sales', label: 'Sales data' }] },
  { label: 'Wave', items: [{ to: '/campaigns', label: 'Campaigns' }] },
  { label: 'Package Builder', items: [{ to: '/package-builder', label: 'Packages' }] },
];

/**
 * Scroll positions are saved per history entry. A page opened by typing or pasting its address
 * has no entry key ("default" for every such load), so it would get the position of the last
 * such page in this tab — another event's, half-way down. Those are keyed by their address.
 */
const scrollKey = (location: Location) => (location.key === 'default' ? `${location.pathname}${location.search}` : location.key);

/** Everything behind sign-in. A dead session (401, sign-out) goes to sign-in and back here after. */
export function ProtectedLayout() {
  const current = useSession();
  const status = useSessionStatus();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const navigation = useNavigation();
  const painted = useFirstPaintDone();
  const ask = useAskBeforeLosingWork();
  useFocusOnNavigation();

  // A session that ends (401) while the page holds unsaved work (a typed form, an upload) keeps
  // the page and asks to sign in again over it: the sign-in page would replace it, and what was
  // typed with it. Without such work it goes to the sign-in page as before.
  const [lastSession, setLastSession] = useState(current);
  const [held, setHeld] = useState<typeof current>(null);
  if (current && current !== lastSession) setLastSession(current);
  if (current && held) setHeld(null);
  if (!current && !held && status === 'expired' && lastSession?.partnerId && unsavedWork.reasons().length > 0) setHeld(lastSession);
  const shown = current ?? held;

  useEffect(() => {
    if (current || held) return;
    queryClient.clear();
    failedAfterLeaving.clear();
    const params = new URLSearchParams();
    const returnTo = `${location.pathname}${location.search}`;
    if (returnTo !== '/') params.set('returnTo', returnTo);
    if (status === 'expired') params.set('reason', 'expired');
    const query = params.toString();
    navigate(`/sign-in${query ? `?${query}` : ''}`, { replace: true });
  }, [current, held, status, location.pathname, location.search, navigate, queryClient]);

  const switchPartner = useSwitchPartner();
  /** The session names another partner now (the header's switcher, a sign-in again as another): go to its list. */
  const switchedPartner = () => switchPartner(partnerSwitchTarget(location.pathname, location.search));

  if (!shown) return null;
  if (!shown.partnerId) return <PartnerPicker partnerIds={shown.partnerIds} />;

  return (
    // while held, the page and the header read the ended session: nothing changes behind the dialog
    <HeldSession.Provider value={held}>
      <AppShell
        nav={NAV}
        username={shown.username}
        onSignOut={() => ask.run(() => session.signOut(), { title: 'Sign out now?', confirmLabel: 'Sign out', intro: 'Signing out closes everything on this page:' })}
        busy={navigation.state !== 'idle'}
        partner={<PartnerSwitcher onSwitch={switchedPartner} />}
      >
        {/* reads and writes wait while offline: say why */}
        <OfflineNotice />
        {/* a write that failed after its page was left (a pause): said here, wherever the user is */}
        <FailedWritesNotice />
        {/* keyed by partner so no component keeps another partner's state */}
        <Outlet key={shown.partnerId} />
        {held && (
          <Suspense fallback={null}>
            <SignInAgainDialog
              username={held.username}
              partnerId={held.partnerId ?? ''}
              onSignedIn={() => {
                // the held page's partner: the page carries on and re-reads what failed meanwhile;
                // another one (the account lost it): nothing of the old partner may stay, as on a switch
                if (session.get()?.partnerId === held.partnerId) void queryClient.invalidateQueries();
                else switchedPartner();
              }}
              onSignOut={() => { setHeld(null); session.signOut(); }}
            />
          </Suspense>
        )}
        {/* retries owed flag/hide sync steps on start; shows their messages (Undo, Retry) */}
        {painted && <Suspense fallback={null}><FrontendStatusHost /></Suspense>}
        {/* leaving a page with unsaved work (a typed form, a running upload) asks first */}
        <UnsavedWorkGuard />
        {/* sign-out with such work asks first too */}
        {ask.dialog}
        {/* a new page opens at its top; Back and Forward return to where the page was left */}
        <ScrollRestoration getKey={scrollKey} />
      </AppShell>
    </HeldSession.Provider>
  );
}
