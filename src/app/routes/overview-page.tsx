import { useQuery } from '@tanstack/react-query';
import { partnerQueries } from '@/features/auth/api/auth';
import { usePartnerId } from '@/features/events/lib/use-frontend-status';
import { CampaignKpis } from '@/features/events/components/campaign-kpis';
import { FlaggedEvents } from '@/features/events/components/flagged-events';
import { PortfolioKpis } from '@/features/events/components/portfolio-kpis';
import { UpcomingEvents } from '@/features/events/components/upcoming-events';
import '../events.css';

/** Headline figures first (fixed-size tiles), then the event lists; every panel keeps its loading size. */
export function OverviewPage() {
  const partnerId = usePartnerId() ?? '';
  const partner = useQuery({ ...partnerQueries.current(partnerId), enabled: Boolean(partnerId) });
  return (
    <section className="page overview">
      <title>Overview · Future Demand</title>
      <h1>Overview</h1>
      <PortfolioKpis fallbackCurrency={partner.data?.currency} />
      <CampaignKpis linkTo="/campaigns" />
      <UpcomingEvents />
      {/* last: whether it appears depends on its own data, and nothing below it can move */}
      <FlaggedEvents />
    </section>
  );
}
