import { useQuery } from '@tanstack/react-query';
import { useFirstDataDeferred } from '@/components/ui/use-first-data-deferred';
import { env } from '@/config/env';
import { overviewQueries } from '@/features/events/lib/overview-queries';
import { CampaignKpis } from '@/features/events/components/campaign-kpis';
import { FlaggedEvents } from '@/features/events/components/flagged-events';
import { PortfolioKpis } from '@/features/events/components/portfolio-kpis';
import { UpcomingEvents } from '@/features/events/components/upcoming-events';
import { useCurrency } from './use-partner';
import '../events.css';

/** Headline figures first (fixed-size tiles), then the event lists; every panel holds its loading size until its data comes. */
export function OverviewPage() {
  const currency = useCurrency();
  // the next 14 days hold 8 rows' room only while they load: 2 events take the room of 2. The
  // flagged card waits for them (drawn with their rows, also deferred), so it never moves up
  const upcoming = useQuery(overviewQueries(env.partnerTimeZone).upcoming);
  const upcomingShown = useFirstDataDeferred(upcoming.data) !== undefined || upcoming.isError;
  return (
    <section className="page overview">
      <title>Overview · Future Demand</title>
      <h1>Overview</h1>
      <PortfolioKpis fallbackCurrency={currency} />
      <CampaignKpis linkTo="/campaigns" />
      <UpcomingEvents />
      {/* last: whether it appears depends on its own data, and nothing below it can move */}
      {upcomingShown && <FlaggedEvents />}
    </section>
  );
}
