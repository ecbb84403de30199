import { useCallback, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { useSession } from '@/lib/use-session';
import type { TargetStatus } from './pending-status-store';
import type { StatusButton, StatusEvent } from './status-controller';
import { pendingStatusStore, statusControllerFor } from './status-runtime';

/** The partner the app currently works for (null while signed out / picking). */
export function usePartnerId(): string | null {
  return useSession()?.partnerId ?? null;
}

/**
 * Flag/unflag/hide/unhide one event through the two-step (lib/status-controller), plus its sync
 * state: `phase` while a change runs, `notSynced` while step 2 is owed (durably recorded).
 */
export function useFrontendStatus(event: StatusEvent) {
  const queryClient = useQueryClient();
  const controller = statusControllerFor(queryClient);
  const partnerId = usePartnerId();
  const phase = useSyncExternalStore(controller.subscribe, () => (partnerId ? controller.phase(partnerId, event.id) : null));
  const owed = useSyncExternalStore(pendingStatusStore.subscribe, () => (partnerId ? pendingStatusStore.get(partnerId, event.id) : undefined));

  const setStatus = useCallback(
    (target: TargetStatus) => { if (partnerId) void controller.change(partnerId, event, target); },
    [controller, partnerId, event],
  );
  const retry = useCallback(
    () => { if (partnerId) void controller.retry(partnerId, event); },
    [controller, partnerId, event],
  );

  // a ref for each button, made per render so it asks on every render (the row may be the same
  // element before and after an Undo): focus comes back to it once its change was undone
  const focusReturn = (button: StatusButton) => (element: HTMLElement | null) => {
    if (element && partnerId && controller.takeFocusReturn(partnerId, event.id, button)) focusIfLost(element);
  };

  return { phase, busy: phase !== null, notSynced: owed !== undefined && phase === null, setStatus, retry, focusReturn };
}
