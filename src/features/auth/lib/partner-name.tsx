import { useQuery } from '@tanstack/react-query';
import { partnerQueries } from '../api/auth';
import { partnerLabel } from './partner-label';

/**
 * A partner's name, read as that partner (`GET /partners/`, cached); until it has come, the
 * label made from the partner's id ("Bravo").
 */
export function usePartnerName(partnerId: string): string {
  const { data } = useQuery({ ...partnerQueries.current(partnerId), enabled: Boolean(partnerId) });
  return data?.id === partnerId ? data.name : partnerLabel(partnerId);
}

/** The name of one of the user's partners, where a list shows several. */
export function PartnerName({ partnerId }: { partnerId: string }) {
  return usePartnerName(partnerId);
}
