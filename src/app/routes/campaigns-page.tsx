import type { Event } from '@/lib/schemas/event';
import { CAMPAIGN_LIST_COLUMNS } from '@/features/events/components/event-columns';
import { CampaignKpis } from '@/features/events/components/campaign-kpis';
import { EventsList } from '@/features/events/components/events-list';
import { useCurrency } from './use-partner';
import '../events.css';

const hrefFor = (e: Event) => `/campaigns/${encodeURIComponent(e.id)}`;

/** Wave: the events list framed around campaigns, with the campaign counts on top (each filters the list). */
export function CampaignsPage() {
  // amounts (results, exports) that name no currency are in the partner's [kit]
  const currency = useCurrency();
  return (
    <section className="page list-page">
      <title>Campaigns · Future Demand</title>
      <h1>Campaigns</h1>
      <CampaignKpis title="Campaign status" linkTo="/campaigns" />
      <EventsList columns={CAMPAIGN_LIST_COLUMNS} hrefFor={hrefFor} caption="Events and their campaigns" exportPrefix="campaigns" currency={currency} results />
    </section>
  );
}
