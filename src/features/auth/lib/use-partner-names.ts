import { useQueries } from '@tanstack/react-query';
import { partnerQueries } from '../api/auth';
import { partnerLabel } from './partner-label';

/**
 * Names of the user's partners, each read as that partner (`GET /partners/`, cached);
 * until a name has come, the label made from the partner's id ("Bravo").
 */
export function usePartnerNames(partnerIds: readonly string[]): (partnerId: string) => string {
  const reads = useQueries({ queries: partnerIds.map((p) => partnerQueries.current(p)) });
  return (partnerId) => reads.find((q) => q.data?.id === partnerId)?.data?.name ?? partnerLabel(partnerId);
}
