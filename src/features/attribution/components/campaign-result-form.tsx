import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCampaignResult } from '../api/mutations';
import { invalidateAfterResultWrite } from '../api/invalidate';
import {
  EMPTY_DRAFT,
  parseCampaignResultDraft,
  serverErrors,
  type CampaignResultDraft,
  type CampaignResultErrors,
  type CampaignResultField,
} from '../lib/campaign-result-form';

/**
 * Adds a manual adjustment (purchases, revenue). Errors sit next to their fields; a failed save
 * keeps what was typed and shows what the server said.
 */
export function CampaignResultForm({ eid, partnerId, currency }: { eid: string; partnerId: string; currency: string }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CampaignResultDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<CampaignResultErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState('');
  const purchaseId = useId();
  const revenueId = useId();

  const create = useMutation({
    mutationFn: (input: { purchase: number; revenue: number }) => createCampaignResult({ eid, partnerId, ...input }),
    onMutate: () => setSaved(''),
    onSuccess: async () => {
      await invalidateAfterResultWrite(queryClient, eid);
      setDraft(EMPTY_DRAFT);
      setSubmitted(false);
      setErrors({});
      setSaved('Adjustment added.');
    },
    onError: (error) => setErrors(serverErrors(error)),
  });

  const change = (field: CampaignResultField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setSaved('');
    if (submitted) {
      const parsed = parseCampaignResultDraft(next);
      setErrors(parsed.ok ? {} : parsed.errors);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const parsed = parseCampaignResultDraft(draft);
    if (!parsed.ok) return setErrors(parsed.errors);
    setErrors({});
    create.mutate(parsed.input);
  };

  const field = (name: CampaignResultField, id: string, label: string) => (
    <div className="field">
      <label htmlFor={id}><span>{label}</span></label>
      <input
        id={id}
        type="text"
        inputMode={name === 'purchase' ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={draft[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-error` : undefined}
        onChange={(e) => change(name, e.target.value)}
      />
      {errors[name] && <p className="field-error" id={`${id}-error`}>{errors[name]}</p>}
    </div>
  );

  return (
    <form className="result-form" onSubmit={submit} noValidate aria-labelledby={`${purchaseId}-title`}>
      <h3 id={`${purchaseId}-title`}>Add a manual adjustment</h3>
      <p className="muted result-form__hint">For sales the attribution job could not see, e.g. box-office sales from a campaign code.</p>
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      <div className="result-form__fields">
        {field('purchase', purchaseId, 'Purchases')}
        {field('revenue', revenueId, `Revenue (${currency})`)}
        <button type="submit" className="button button--primary result-form__submit" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add adjustment'}
        </button>
      </div>
      <p role="status" className="result-form__saved">{saved}</p>
    </form>
  );
}
