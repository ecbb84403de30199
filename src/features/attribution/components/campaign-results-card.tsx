import { useRef, useState } from 'react';
import { focusIfLost } from '@/components/ui/focus-if-lost';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';
import { describeError } from '@/lib/api-errors';
import { formatCount, formatDateTime, formatMoney } from '@/lib/format';
import type { CampaignResult } from '@/lib/schemas/campaign-result';
import type { TicketCategory } from '@/lib/schemas/ticket-category';
import { refreshEventFigures } from '@/lib/event-writes';
import { deleteCampaignResult } from '../api/mutations';
import { attributionQueries } from '../api/queries';
import { campaignResultTotals } from '../lib/campaign-result-totals';
import { CampaignResultForm } from './campaign-result-form';
import { CampaignResultsTable } from './campaign-results-table';
import { ResultTotals } from './result-totals';

/**
 * Post-campaign performance (campaign results, contract §5.1): totals, the rows, adding a manual
 * adjustment and deleting one. `spend` (sum of the campaigns' spend) gives ROAS; null = unknown.
 */
export function CampaignResultsCard({ eid, partnerId, currency, spend, timeZone, ticketCategories }: {
  eid: string;
  partnerId: string;
  currency: string | null;
  spend: number | null | undefined;
  timeZone: string;
  /** the event's ticket categories: a manual revenue far above their prices is questioned */
  ticketCategories?: readonly TicketCategory[] | undefined;
}) {
  const queryClient = useQueryClient();
  const results = useQuery(attributionQueries.campaignResults({ eid, partnerId }));
  const [deleting, setDeleting] = useState<CampaignResult | null>(null);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useMutation({
    mutationFn: (row: CampaignResult) => deleteCampaignResult(row.id),
    onSuccess: async () => {
      await refreshEventFigures(queryClient, eid);
      setDeleting(null);
      setMessage('Adjustment deleted.');
      // the dialog hands focus back to its opener, the deleted row's button, which is gone:
      // the keyboard continues from this card, not from the top of the page
      requestAnimationFrame(() => focusIfLost(heading.current));
    },
    onError: () => void refreshEventFigures(queryClient, eid),
  });

  const placeholder = <Skeleton height={220} label="Loading campaign results" />;
  return (
    <section className="card wave-panel" aria-labelledby="results-title">
      <h2 id="results-title" ref={heading} tabIndex={-1}>Post-campaign performance</h2>
      <p className="muted wave-panel__intro">Purchases and revenue attributed to the campaigns, plus manual adjustments.</p>
      {results.isPending ? (
        placeholder
      ) : results.data === undefined ? (
        <ErrorPanel error={results.error} title="Could not load the campaign results" onRetry={() => void results.refetch()} holds={placeholder} />
      ) : (
        <>
          <ResultTotals totals={campaignResultTotals(results.data, spend)} currency={currency} spend={spend} hasResults={results.data.length > 0} />
          {results.data.length === 0 ? (
            <p className="muted">No results recorded. The attribution job adds them after an event that had campaigns; you can add a manual adjustment below.</p>
          ) : (
            <CampaignResultsTable rows={results.data} currency={currency} timeZone={timeZone} onDelete={(row) => { remove.reset(); setMessage(''); setDeleting(row); }} />
          )}
        </>
      )}
      <CampaignResultForm eid={eid} partnerId={partnerId} currency={currency} ticketCategories={ticketCategories} onStatus={setMessage} />
      {/* one line for adds and deletes: the latest write's outcome */}
      <p role="status" className="result-form__saved">{message}</p>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this manual adjustment?"
        confirmLabel="Delete adjustment"
        busy={remove.isPending}
        busyLabel="Deleting…"
        error={remove.isError ? `Could not delete it. ${describeError(remove.error)}` : undefined}
        onConfirm={() => { if (deleting) remove.mutate(deleting); }}
        onCancel={() => setDeleting(null)}
      >
        {deleting && (
          <p>
            The adjustment of <strong>{formatCount(deleting.purchase, 'purchase', 'purchases')}</strong> and{' '}
            <strong>{formatMoney(deleting.revenue, currency)}</strong> revenue, recorded {formatDateTime(deleting.created_at, timeZone)},
            will be removed from the totals here and from the event’s daily revenue. This cannot be undone.
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
