import { useSearchParamsInPlace } from '@/lib/use-search-params-in-place';
import { env } from '@/config/env';
import { PackagesView } from '@/features/backhaul/components/packages-view';
import { packagesSearch } from '@/features/backhaul/lib/package-status';
import { useCurrency } from './use-partner';
import '../backhaul.css';

export function PackageListPage() {
  const [params, setParams] = useSearchParamsInPlace();
  const { status } = packagesSearch.parse(params);
  const currency = useCurrency();
  return (
    <section className="page">
      <title>Packages · Future Demand</title>
      <header className="bh-page-header">
        <p className="bh-page-header__eyebrow">Package Builder</p>
        <h1>Packages</h1>
        <p className="muted">Which audience clusters bought tickets after a package's e-mail went out. Open a package to see its backhaul and change how purchases are attributed.</p>
      </header>
      <PackagesView
        statuses={status}
        onStatusesChange={(next) => setParams(packagesSearch.serialize({ status: next }))}
        timeZone={env.partnerTimeZone}
        currency={currency}
      />
    </section>
  );
}
