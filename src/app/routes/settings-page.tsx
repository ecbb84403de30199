import type { QueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { env } from '@/config/env';
import { session } from '@/lib/api';
import { partnerQueries } from '@/features/auth/api/auth';
import { usePartnerName } from '@/features/auth/lib/partner-name';
import { useSession } from '@/lib/use-session';
import { backhaulQueries } from '@/features/backhaul/api/queries';
import { PartnerDefaults } from '@/features/backhaul/components/partner-defaults';
import { usePartner } from './use-partner';
import '../backhaul.css';

export const settingsLoader = (queryClient: QueryClient) => () => {
  const partnerId = session.get()?.partnerId;
  if (partnerId) {
    void queryClient.prefetchQuery(backhaulQueries.partnerDefaults(partnerId));
    void queryClient.prefetchQuery(partnerQueries.current(partnerId));
  }
  return null;
};

export function SettingsPage() {
  const current = useSession();
  const { partnerId, partner } = usePartner();
  const partnerName = usePartnerName(partnerId);
  const defaultsHeading = useId();
  if (!current || !partnerId) return null;

  return (
    <section className="page settings-page">
      <title>Settings · Future Demand</title>
      <header className="bh-page-header settings-header">
        <div className="settings-header__avatar" aria-hidden="true">{partnerName.charAt(0)}</div>
        <div>
          <p className="bh-page-header__eyebrow">Settings</p>
          <h1>{partnerName}</h1>
          <p className="muted">
            Signed in as <strong>{current.username}</strong>
            {partner.data?.currency && <> · Amounts in {partner.data.currency}</>}
            {' '}· Times in {env.partnerTimeZone.replace(/_/g, ' ')}
          </p>
          {/* the name falls back to the id and the currency goes: say why, with a way to retry */}
          {partner.isError && !partner.data && (
            <p className="field-error" role="alert">
              The partner's details (full name, currency) could not be loaded.{' '}
              <button type="button" className="button button--small" onClick={() => void partner.refetch()}>Try again</button>
            </p>
          )}
        </div>
      </header>
      <section className="card settings-section" aria-labelledby={defaultsHeading}>
        <div className="settings-section__intro">
          <h2 id={defaultsHeading}>Backhaul attribution defaults</h2>
          <p className="muted">
            How Package Builder counts purchases after a package's e-mail: the settings every new package starts with.
            Existing packages keep their own settings; change those on the package's page.
          </p>
        </div>
        <div className="settings-section__body">
          <PartnerDefaults partnerId={partnerId} />
        </div>
      </section>
    </section>
  );
}
