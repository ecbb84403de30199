import { useSyncExternalStore } from 'react';
import { session } from '@/lib/api';

/** The current session (re-renders on sign-in, refresh, partner switch, sign-out). */
export function useSession() {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

export function useSessionStatus() {
  return useSyncExternalStore(session.subscribe, session.status, session.status);
}

/** Only same-app paths are valid return targets (no open redirects). */
export function safeReturnTo(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : '/';
}
