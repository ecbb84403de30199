import { AttributionModelPicker } from './attribution-model-picker';
import { KpiTiles } from './kpi-tiles';
import { Panel } from './panel';

/**
 * The event's sales and campaign figures (`/statistics`) and the attribution model its campaign
 * results are counted with. Not called "Campaign results": its revenue and tickets are all of the
 * event's sales, and "campaign results" are the attributed rows on the campaign page.
 */
export function ResultsPanel({ eid, currency, deliveryPaused, attributedRevenue }: {
  eid: string;
  currency: string | null;
  deliveryPaused?: boolean;
  /** the campaign results' revenue (read by the route: they belong to the attribution feature) */
  attributedRevenue?: number | undefined;
}) {
  return (
    <Panel title="Sales and campaigns" className="results-panel">
      <KpiTiles eid={eid} currency={currency} deliveryPaused={deliveryPaused} attributedRevenue={attributedRevenue} />
      <AttributionModelPicker eid={eid} />
    </Panel>
  );
}
