import { useQuery } from '@tanstack/react-query';
import { ShareBar } from '@/components/ui/share-bar';
import { formatFit, formatNumber, formatPercent } from '@/lib/format';
import { eventDetailQueries } from '../api/queries';
import { clusterRows } from '../lib/clusters';
import { Panel, QueryState } from './panel';

/** The event's taste clusters: predicted fit (metric_pred ÷ 5), reach and size share. */
export function ClustersPanel({ eid }: { eid: string }) {
  const query = useQuery(eventDetailQueries.clusters(eid));
  return (
    <Panel title="Taste clusters" className="clusters-panel">
      <QueryState query={query} height={240} what="the taste clusters">
        {(data) => {
          const rows = clusterRows(data.clusters);
          if (rows.length === 0) return <p className="muted">No taste clusters have been computed for this event yet.</p>;
          const best = rows[0];
          return (
            <>
              <p className="muted panel__summary">
                {best ? `Best fit: ${best.label} (predicted fit ${formatFit(best.fit)}).` : null}
              </p>
              {/* the columns are Future Demand's terms: say once what they measure */}
              <p className="muted panel__note">
                Audience groups with a shared taste. <em>Predicted fit</em>: how well the group matches this event, from 0 to 5.{' '}
                <em>Reach</em>: people a campaign can reach in it. <em>Share of audience</em>: how much of this event's audience the
                group makes up (the groups shown need not add up to 100%).
              </p>
              <div className="table-scroll" tabIndex={0} role="region" aria-label="Taste clusters, table">
                {/* on phones each cluster is a card (.table-cards): share of audience was behind a sideways scroll */}
                <table className="data-table table-cards" role="table">
                  <caption className="visually-hidden">Taste clusters</caption>
                  <thead role="rowgroup" className="visually-hidden-narrow">
                    <tr role="row">
                      <th scope="col" role="columnheader">Cluster</th>
                      <th scope="col" role="columnheader" className="num">Predicted fit</th>
                      <th scope="col" role="columnheader" className="num">Reach</th>
                      <th scope="col" role="columnheader" className="num">Share of audience</th>
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {rows.map((c) => (
                      <tr key={c.tc} role="row">
                        <th scope="row" role="rowheader">{c.label}</th>
                        <td role="cell" data-label="Predicted fit" className="num">
                          <ShareBar value={c.fit} label={formatFit(c.fit)} />
                        </td>
                        <td role="cell" data-label="Reach" className="num">{formatNumber(c.reach)}</td>
                        <td role="cell" data-label="Share of audience" className="num">{formatPercent(c.sizeShare)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}
