import { createContext, useContext, useSyncExternalStore } from 'react';
import { session } from '@/lib/api';

type Session = ReturnType<typeof session.get>;

/**
 * The session that ended while its page is held for signing in again (ProtectedLayout): the page
 * under it keeps reading its partner and user, so nothing on it changes behind the dialog.
 */
export const HeldSession = createContext<Session>(null);

/** The current session (re-renders on sign-in, refresh, partner switch, sign-out), or the held one. */
export function useSession() {
  const held = useContext(HeldSession);
  return useSyncExternalStore(session.subscribe, session.get, session.get) ?? held;
}

export function useSessionStatus() {
  return useSyncExternalStore(session.subscribe, session.status, session.status);
}
