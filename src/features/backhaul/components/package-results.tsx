import type { ReactNode } from 'react';
import { staleClass } from '@/components/ui/stale';
import { backhaulTotals } from '../lib/backhaul-totals';
import { clusterTableRows, type ClusterSortKey, type SortDir } from '../lib/cluster-table';
import type { ResultsState } from '../lib/results-state';
import type { BackhaulSettings } from '../api/schemas';
import { BackhaulKpis } from './backhaul-kpis';
import { ClustersCard } from './clusters-card';
import { finalState } from '../lib/clusters-export';
import { ClustersChart } from './clusters-chart';
import { ResultsSummary } from './results-summary';

/** How the results are shown: what the page passes through (PackageBackhaul) to PackageResults. */
export interface ResultsDisplayProps {
  currency: string | null;
  timeZone: string;
  today: string;
  sort: ClusterSortKey;
  dir: SortDir;
  onSort: (key: ClusterSortKey) => void;
}

export interface ResultsProps extends ResultsDisplayProps {
  state: ResultsState;
  title: string;
  pendingSettings: BackhaulSettings | undefined;
  /** the settings read failed (the settings panel shows the error and Try again) */
  settingsUnreadable: boolean;
  onEvaluateAgain: (() => void) | null;
  evaluatingAgain: boolean;
  /** "Change settings": move keyboard focus to the settings form */
  onChangeSettings: () => void;
}

function StateCard({ title, children, tone }: { title: string; children: ReactNode; tone?: 'failed' | 'progress' }) {
  return (
    <div className={`card empty-state results-state${tone ? ` results-state--${tone}` : ''}`}>
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** KPIs, clusters and chart — or the clear state that replaces them. */
export function PackageResults({ state, title, currency, timeZone, today, sort, dir, onSort, pendingSettings, settingsUnreadable, onEvaluateAgain, evaluatingAgain, onChangeSettings }: ResultsProps) {
  switch (state.kind) {
    case 'package-failed':
      return (
        <StateCard title="This package could not be built" tone="failed">
          <p className="muted">There are no backhaul results for it, and this dashboard cannot rebuild a package. Ask your Future Demand contact why it failed and to build it again.</p>
        </StateCard>
      );
    case 'building':
      return (
        <StateCard title="This package is still being built" tone="progress">
          <p role="status"><span className="bh-spinner" aria-hidden="true" /> Results appear here when it is done; this page checks by itself.</p>
          <p className="muted">You can already adjust the attribution settings; they are used as soon as the package is ready.</p>
        </StateCard>
      );
    case 'evaluating':
      return (
        <StateCard title="Evaluating…" tone="progress">
          <p role="status"><span className="bh-spinner" aria-hidden="true" /> The first results for these settings are being computed; this page updates by itself.</p>
        </StateCard>
      );
    case 'failed':
      return (
        <StateCard title="The evaluation failed" tone="failed">
          <p className="muted">The numbers for these settings could not be computed. Run it again, or change the settings and save.</p>
          {onEvaluateAgain && (
            <button type="button" className="button button--primary" onClick={onEvaluateAgain} disabled={evaluatingAgain}>
              {evaluatingAgain ? 'Starting…' : 'Evaluate again'}
            </button>
          )}
        </StateCard>
      );
    case 'results':
      break;
  }
  const totals = backhaulTotals(state.clusters);
  const rows = clusterTableRows(totals.clusters, sort, dir);
  return (
    <>
      <ResultsSummary producedBy={state.producedBy} settingsUnreadable={settingsUnreadable} evaluatedAt={state.evaluatedAt} stale={state.stale} pendingSettings={pendingSettings} timeZone={timeZone} today={today} onChangeSettings={onChangeSettings} />
      <BackhaulKpis totals={totals} currency={currency} stale={state.stale} />
      {rows.length === 0 ? (
        <StateCard title="No clusters in this evaluation">
          <p className="muted">The evaluation found no buyers in any audience cluster for these settings. A longer window or a broader model may find some; a package sent to very few recipients may have none.</p>
        </StateCard>
      ) : (
        <>
          <ClustersCard
            title={title}
            data={{ rows, currency, producedBy: state.producedBy, evaluatedAt: state.evaluatedAt, timeZone, final: finalState(state.producedBy, state.evaluatedAt, today, timeZone) }}
            sort={sort} dir={dir} onSort={onSort} stale={state.stale} today={today}
          />
          <div className={staleClass(state.stale)} aria-busy={state.stale || undefined}><ClustersChart rows={rows} currency={currency} /></div>
        </>
      )}
    </>
  );
}
