import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { formatCount, formatDay, formatMoney, NONE } from '@/lib/format';
import { backhaulQueries, LIST_EVALUATION_POLL_MS } from '../api/queries';
import type { Package } from '../api/schemas';
import { backhaulTotals } from '../lib/backhaul-totals';

const Loading = ({ what }: { what: string }) => <span className="skeleton packages-table__cell-skeleton" role="status" aria-label={`Loading ${what}`} />;
const Unknown = ({ why }: { why: string }) => <span className="muted" title={why}>{NONE}<span className="visually-hidden"> ({why})</span></span>;

/**
 * A built package's e-mail day and what its backhaul found (customers, revenue), read per row
 * from the package's settings and evaluation (the list itself carries neither): "which
 * packages converted last month" without opening each (expired ones too). The same reads the package page makes,
 * so opening one is instant. A package not built has no results yet; a failed read is a dash
 * that says why, the rest of the list unaffected.
 */
export function PackageRowResults({ pkg, currency }: { pkg: Package; currency: string | null }) {
  // an expired package was built: its results can still be read (and re-evaluated)
  const built = pkg.status === 'DONE' || pkg.status === 'EXPIRED';
  const why = pkg.status === 'FAILED' ? 'the build failed' : 'not built yet';
  const settings = useQuery({ ...backhaulQueries.evaluationDetails(pkg.id), enabled: built });
  // a re-evaluation is read again until it settles, as on the package page but less often
  const evaluation = useQuery({
    ...backhaulQueries.evaluation(pkg.id),
    enabled: built,
    refetchInterval: (query) => (query.state.data?.status === 'PENDING' ? LIST_EVALUATION_POLL_MS : false),
  });

  function sent(): ReactNode {
    if (!built) return <Unknown why={why} />;
    if (settings.isPending) return <Loading what="the e-mail day" />;
    if (!settings.data) return <Unknown why="could not be loaded" />;
    return settings.data.email_sent_date ? formatDay(settings.data.email_sent_date) : <Unknown why="no e-mail day set" />;
  }
  function results(): ReactNode {
    if (!built) return <Unknown why={why} />;
    if (evaluation.isPending) return <Loading what="the results" />;
    if (!evaluation.data) return <Unknown why="could not be loaded" />;
    if (evaluation.data.status === 'FAILED') return <span className="muted">Evaluation failed</span>;
    const totals = backhaulTotals(evaluation.data.clusters);
    return (
      <>
        {formatCount(totals.customers, 'customer', 'customers')}
        <span className="muted"> · </span>
        {formatMoney(totals.revenue, currency)}
        {evaluation.data.status === 'PENDING' && <span className="muted"> (re-evaluating)</span>}
      </>
    );
  }
  return (
    <>
      {/* data-empty: a phone's card leaves out the lines a package not built has nothing for */}
      <td className="num packages-table__sent" data-label="E-mail sent" data-empty={!built || undefined}>{sent()}</td>
      <td className="num packages-table__results" data-label="Results" data-empty={!built || undefined}>{results()}</td>
    </>
  );
}
