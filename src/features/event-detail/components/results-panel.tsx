import { AttributionModelPicker } from './attribution-model-picker';
import { KpiTiles } from './kpi-tiles';
import { Panel } from './panel';

/** Campaign results of the event: the attribution model they are counted with, and the KPIs. */
export function ResultsPanel({ eid, currency }: { eid: string; currency: string | null }) {
  return (
    <Panel title="Campaign results" className="results-panel">
      <KpiTiles eid={eid} currency={currency} />
      <AttributionModelPicker eid={eid} />
    </Panel>
  );
}
