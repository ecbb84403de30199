import { useQuery } from '@tanstack/react-query';
import { attributionQueries } from '@/features/attribution/api/queries';
import { campaignResultTotals } from '@/features/attribution/lib/campaign-result-totals';
import { useSession } from '@/lib/use-session';

/**
 * The event's campaign-attributed revenue: the sum of its campaign results, read and summed as
 * the Wave page's post-campaign performance does, so the event page's ROAS hint names the same
 * figure. Undefined while unknown (no partner yet, loading, unreadable).
 */
export function useAttributedRevenue(eid: string): number | undefined {
  const partnerId = useSession()?.partnerId ?? '';
  const results = useQuery({ ...attributionQueries.campaignResults({ eid, partnerId }), enabled: Boolean(partnerId) });
  return results.data ? campaignResultTotals(results.data).revenue : undefined;
}
