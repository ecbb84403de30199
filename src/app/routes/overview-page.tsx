import { useQuery, type QueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { session } from '@/lib/api';
import { partnerQueries } from '@/features/auth/api/auth';
import { usePartnerId } from '@/features/events/lib/use-frontend-status';
import { overviewQueries } from '@/features/events/lib/overview-queries';
import { CampaignKpis } from '@/features/events/components/campaign-kpis';
import { FlaggedEvents } from '@/features/events/components/flagged-events';
import { PortfolioKpis } from '@/features/events/components/portfolio-kpis';
import { UpcomingEvents } from '@/features/events/components/upcoming-events';
import '../events.css';

/** Starts every panel's read at once; each panel renders as soon as its own data is there. */
export const overviewLoader = (queryClient: QueryClient) => () => {
  if (!session.get()?.partnerId) return null;
  const q = overviewQueries(env.partnerTimeZone);
  void queryClient.prefetchQuery(q.statistics);
  void queryClient.prefetchQuery(q.campaignStatistics);
  void queryClient.prefetchQuery(q.flaggedCount);
  void queryClient.prefetchQuery(q.flaggedUpcoming);
  void queryClient.prefetchQuery(q.upcoming);
  return null;
};

export function OverviewPage() {
  const partnerId = usePartnerId() ?? '';
  const partner = useQuery({ ...partnerQueries.current(partnerId), enabled: Boolean(partnerId) });
  return (
    <section className="page overview">
      <h1>Overview</h1>
      <FlaggedEvents />
      <PortfolioKpis fallbackCurrency={partner.data?.currency} />
      <UpcomingEvents />
      <CampaignKpis linkTo="/campaigns" />
    </section>
  );
}
