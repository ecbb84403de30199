import { useQuery } from '@tanstack/react-query';
import { partnerQueries } from '@/features/auth/api/auth';
import { useSession } from '@/lib/use-session';

/** The signed-in partner's id and details (name, currency, settings); `enabled: false` reads none. */
export function usePartner(enabled = true) {
  const partnerId = useSession()?.partnerId ?? '';
  const partner = useQuery({ ...partnerQueries.current(partnerId), enabled: enabled && Boolean(partnerId) });
  return { partnerId, partner };
}

/**
 * The currency of amounts: their own (an event's) when known, else the partner's [kit]; null
 * until known, so money is shown without a symbol, never in a guessed currency. The partner is
 * read only when needed.
 */
export function useCurrency(own: string | null | undefined = null): string | null {
  const { partnerId, partner } = usePartner(!own);
  return own ?? (partner.data?.id === partnerId ? partner.data.currency ?? null : null);
}
