import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useSearchParamsInPlace } from '@/lib/use-search-params-in-place';
import { env } from '@/config/env';
import { today } from '@/lib/dates';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { backhaulQueries } from '@/features/backhaul/api/queries';
import { PackageBackhaul } from '@/features/backhaul/components/package-backhaul';
import { PackageHeader } from '@/features/backhaul/components/package-header';
import { nextSort, packageSearch } from '@/features/backhaul/lib/cluster-table';
import { PackageNotFound } from './package-not-found';
import { isNotFound } from './route-error';
import { useCurrency } from './use-partner';
import '../backhaul.css';

export function PackageDetailPage() {
  const id = useParams().id ?? '';
  const [params, setParams] = useSearchParamsInPlace();
  const { sort, dir } = packageSearch.parse(params);
  const pkg = useQuery(backhaulQueries.detail(id));
  const currency = useCurrency();

  if (pkg.isPending) {
    return <section className="page"><Skeleton height="6rem" label="Loading the package" /></section>;
  }
  // e.g. gone on a refresh, or after switching partner: the same way out as an unknown id
  if (pkg.isError && isNotFound(pkg.error)) return <PackageNotFound />;
  // nothing to show: the first read failed (a failed status check while building keeps the page and what is typed in it)
  if (pkg.data === undefined) {
    return <section className="page"><ErrorPanel title="Could not load this package" error={pkg.error} onRetry={() => void pkg.refetch()} /></section>;
  }
  return (
    <section className="page package-page">
      <title>{`${pkg.data.title} · Packages · Future Demand`}</title>
      <PackageHeader pkg={pkg.data} timeZone={env.partnerTimeZone} />
      <PackageBackhaul
        pkg={pkg.data}
        currency={currency}
        timeZone={env.partnerTimeZone}
        today={today(env.partnerTimeZone)}
        sort={sort}
        dir={dir}
        onSort={(key) => setParams(packageSearch.serialize(nextSort({ sort, dir }, key)), { replace: true })}
      />
    </section>
  );
}
