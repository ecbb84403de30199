import { useQuery } from '@tanstack/react-query';
import { partnerQueries } from '@/features/auth/api/auth';
import { useSession } from '@/lib/use-session';

/** The event's currency, else the partner's [kit]; null until known. */
export function useSalesCurrency(eventCurrency: string | null): string | null {
  const partnerId = useSession()?.partnerId ?? '';
  const partner = useQuery({ ...partnerQueries.current(partnerId), enabled: Boolean(partnerId) && !eventCurrency });
  return eventCurrency ?? (partner.data?.id === partnerId ? partner.data.currency ?? null : null);
}
