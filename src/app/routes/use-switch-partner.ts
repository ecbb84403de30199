import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { CONFIRMED_LEAVE } from '@/components/ui/unsaved-work';
import { session } from '@/lib/api';
import { rememberEventsSearch } from '@/features/events/lib/last-events-search';

/**
 * Switches the dashboard to another of the user's partners (`partnerId`; none: the session already
 * names it, as the header's switcher selects it itself after asking about unsaved work) and goes to
 * `to`: nothing cached stays, nor the events list's remembered filters (venue ids, a search).
 */
export function useSwitchPartner() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback((to: string, { partnerId, replace = false }: { partnerId?: string; replace?: boolean } = {}) => {
    if (partnerId) session.selectPartner(partnerId);
    queryClient.clear();
    rememberEventsSearch('');
    navigate(to, { state: CONFIRMED_LEAVE, replace });
  }, [queryClient, navigate]);
}
