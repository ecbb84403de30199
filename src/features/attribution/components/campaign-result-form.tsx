import { withCurrency } from '@/lib/format';
import { SubmitButton } from '@/components/ui/submit-button';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useUnsavedWork } from '@/components/ui/unsaved-work';
import { createCampaignResult } from '../api/mutations';
import { refreshEventFigures } from '@/lib/event-writes';
import type { TicketCategory } from '@/lib/schemas/ticket-category';
import { outcomeUnknown } from '@/lib/write-outcome';
import {
  EMPTY_DRAFT,
  parseCampaignResultDraft,
  revenueQuestion,
  serverErrors,
  type CampaignResultDraft,
  type CampaignResultErrors,
  type CampaignResultField,
} from '../lib/campaign-result-form';

const draftKey = (d: CampaignResultDraft) => `${d.purchase}\u0000${d.revenue}`;

/**
 * Adds a manual adjustment (purchases, revenue). Errors sit next to their fields; a failed save
 * keeps what was typed and shows what the server said. A revenue far above what the event's
 * tickets cost per purchase is questioned and sent only once confirmed for exactly those values.
 */
export function CampaignResultForm({ eid, partnerId, currency, ticketCategories, onStatus }: {
  eid: string;
  partnerId: string;
  currency: string | null;
  /** the card's one status line (shared with deletes, so an old "added" never stands beside "deleted") */
  onStatus: (message: string) => void;
  /** the event's ticket categories, for the revenue question (undefined while unknown: no question) */
  ticketCategories?: readonly TicketCategory[] | undefined;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CampaignResultDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<CampaignResultErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const purchaseId = useId();
  const revenueId = useId();
  const revenueRef = useRef<HTMLInputElement>(null);
  const purchaseRef = useRef<HTMLInputElement>(null);
  // a refused submit puts the keyboard on the first field it questions (the fields say why)
  const focusFirstError = (found: CampaignResultErrors) => {
    if (found.purchase || found.amounts) purchaseRef.current?.focus();
    else if (found.revenue) revenueRef.current?.focus();
  };

  const create = useMutation({
    mutationFn: (input: { purchase: number; revenue: number }) => createCampaignResult({ eid, partnerId, ...input }),
    onMutate: () => onStatus(''),
    onSuccess: () => {
      // stored: the form is empty again at once and nothing is pending (leaving loses nothing);
      // the note comes once the list below shows the new row
      setDraft(EMPTY_DRAFT);
      setConfirmedFor(null);
      setSubmitted(false);
      setErrors({});
      void refreshEventFigures(queryClient, eid).then(() => onStatus('Adjustment added.'));
    },
    onError: (error) => {
      // it may have been stored after all: the list below shows whether it was
      if (outcomeUnknown(error)) void refreshEventFigures(queryClient, eid);
      const found = serverErrors(error);
      setErrors(found);
      focusFirstError(found);
    },
  });

  useUnsavedWork(create.isPending
    ? 'The adjustment being added is still being sent; you would not see whether it was stored.'
    : draft.purchase.trim() || draft.revenue.trim() ? 'The adjustment you are typing is not added.' : null);

  const change = (field: CampaignResultField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    onStatus('');
    if (submitted) {
      const parsed = parseCampaignResultDraft(next);
      setErrors(parsed.ok ? {} : parsed.errors);
    }
  };

  const questionFor = (d: CampaignResultDraft) => {
    const parsed = parseCampaignResultDraft(d);
    return parsed.ok ? revenueQuestion(parsed.input, ticketCategories, currency) : null;
  };
  // asked once the form was submitted, until the values change or the user confirms them
  const question = submitted && !errors.revenue ? questionFor(draft) : null;
  const confirmed = confirmedFor === draftKey(draft);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const parsed = parseCampaignResultDraft(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return focusFirstError(parsed.errors);
    }
    setErrors({});
    // questioned: the revenue field, described by the question, takes the focus
    if (questionFor(draft) && !confirmed) return revenueRef.current?.focus();
    create.mutate(parsed.input);
  };

  // all-zero amounts: one message after both fields, which both point to it
  const amountsId = `${purchaseId}-amounts`;
  const field = (name: CampaignResultField, id: string, label: string) => {
    const message = errors[name] ?? (name === 'revenue' && question && !confirmed ? question : undefined);
    const describedBy = [message && `${id}-error`, errors.amounts && amountsId].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={id}><span>{label}</span></label>
        <input
          ref={name === 'revenue' ? revenueRef : purchaseRef}
          id={id}
          type="text"
          inputMode={name === 'purchase' ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={draft[name]}
          aria-invalid={message || errors.amounts ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => change(name, e.target.value)}
        />
        {message && <p className="field-error" id={`${id}-error`}>{message}</p>}
      </div>
    );
  };

  return (
    <form className="result-form" onSubmit={submit} noValidate aria-labelledby={`${purchaseId}-title`}>
      <h3 id={`${purchaseId}-title`}>Add a manual adjustment</h3>
      <p className="muted result-form__hint">For sales the attribution job could not see, e.g. box-office sales from a campaign code.</p>
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      <div className="result-form__fields">
        {field('purchase', purchaseId, 'Purchases')}
        {field('revenue', revenueId, withCurrency('Revenue', currency))}
        {question && (
          <label className="check result-form__confirm">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmedFor(e.target.checked ? draftKey(draft) : null)} />
            Save it anyway: this revenue is right
          </label>
        )}
        <SubmitButton className="button button--primary result-form__submit" busy={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add adjustment'}
        </SubmitButton>
      </div>
      {errors.amounts && <p className="field-error" id={amountsId}>{errors.amounts}</p>}
    </form>
  );
}
