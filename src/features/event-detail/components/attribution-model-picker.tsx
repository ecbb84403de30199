import { useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/ui/error-panel';
import { describeError } from '@/lib/api-errors';
import { isKnown } from '@/lib/schemas/tolerant';
import { setAttributionModel } from '../api/mutations';
import { eventDetailQueries } from '../api/queries';
import { ATTRIBUTION_MODELS, type SettableAttributionModel } from '../api/schemas';

export const MODEL_INFO: Record<SettableAttributionModel, { name: string; line: string }> = {
  FD: { name: 'Future Demand', line: 'Sales matched to campaign audiences by Future Demand.' },
  META: { name: 'Meta', line: 'Conversions as Meta Ads reports them (its click and view windows).' },
  EXTERNAL: { name: 'External', line: 'Results from your own tracking or ticketing provider.' },
};

/**
 * What the server says it saved (not what was asked for). The model only steers Future Demand's
 * attribution job (contract §5.1; nothing here can start it), so it promises no recalculation:
 * results the job has already written stay as they are.
 */
const savedText = (model: string | null | undefined) =>
  model && isKnown(ATTRIBUTION_MODELS, model)
    ? `Saved. Campaign results attributed from now on will use the ${MODEL_INFO[model].name} model; figures already shown are not recalculated.`
    : 'Saved.';

/**
 * Not "Attribution model": the Package Builder uses that name for which purchases count; this
 * is whose attribution (Future Demand, Meta, your own) turns sales into campaign results.
 */
const LEGEND = 'Campaign results source';

/** What a change does, said before it is made (it was said only once saved). */
const WhatItDoes = ({ id }: { id?: string }) => (
  <p className="muted attribution-picker__what" id={id}>
    Who counts this event&apos;s sales as campaign results. A change applies to results attributed from now on; figures already
    shown are not recalculated.
  </p>
);

/** The three choices; without `onChoose` they are shown disabled (the event's model not read yet). */
function ModelOptions({ name, current = null, onChoose }: { name: string; current?: string | null; onChoose?: (model: SettableAttributionModel) => void }) {
  return ATTRIBUTION_MODELS.map((m) => (
    <label key={m} className="attribution-option">
      <input type="radio" name={name} value={m} checked={current === m} disabled={!onChoose} onChange={() => onChoose?.(m)} />
      <span className="attribution-option__text">
        <strong>{MODEL_INFO[m].name}</strong>
        <span className="muted">{MODEL_INFO[m].line}</span>
      </span>
    </label>
  ));
}

/**
 * Which attribution model counts sales as campaign results. Choosing a radio is a draft: it is
 * saved only with "Use … for this event" (arrow keys move through the radios, and a setting
 * must not be written by browsing it), or dropped with "Keep …". Writes go in order (one at a
 * time per event); a refused one keeps the choice on screen with the reason, to save again or
 * drop. Afterwards this event's KPIs and daily revenue are read again, in case the server
 * already has newer results; the write itself recalculates nothing.
 */
export function AttributionModelPicker({ eid }: { eid: string }) {
  const queryClient = useQueryClient();
  const name = useId();
  const query = useQuery(eventDetailQueries.attributionModel(eid));
  // the optimistic state: the radio the user just chose, shown from the click until its write
  // settles (a refused write then shows the cached, unchanged model again)
  const [choosing, setChoosing] = useState<SettableAttributionModel | null>(null);
  // chosen but not saved yet
  const [draft, setDraft] = useState<SettableAttributionModel | null>(null);
  // the confirm buttons go once pressed: focus returns to the radio now checked
  const radios = useRef<HTMLDivElement>(null);
  const key = eventDetailQueries.attributionModel(eid).queryKey;
  const mutation = useMutation({
    mutationKey: [...key, 'set'],
    scope: { id: `attribution-model-${eid}` },
    mutationFn: (model: SettableAttributionModel) => setAttributionModel(eid, model),
    // a read still on its way must not land over the saved model
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
    onSettled: async () => {
      if (queryClient.isMutating({ mutationKey: [...key, 'set'] }) > 1) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: eventDetailQueries.kpis(eid).queryKey }),
        queryClient.invalidateQueries({ queryKey: eventDetailQueries.dailyRevenueScope(eid) }),
      ]);
    },
  });

  if (query.error && !query.data) {
    return (
      <fieldset className="attribution-picker">
        <legend>{LEGEND}</legend>
        {/* there in both states: a failed read moves nothing below */}
        <WhatItDoes />
        <ErrorPanel
          title="Could not load the attribution model"
          error={query.error}
          onRetry={() => void query.refetch()}
          holds={<div className="attribution-picker__options"><ModelOptions name={`${name}-held`} /></div>}
        />
        <p className="attribution-picker__status" />
      </fieldset>
    );
  }
  const saved = query.data?.model ?? null;
  const current = choosing ?? draft ?? saved;
  const focusRadio = (model: string | null) => radios.current?.querySelector<HTMLInputElement>(`input[value="${model ?? ''}"]`)?.focus();
  const save = (model: SettableAttributionModel) => {
    focusRadio(model);
    setChoosing(model);
    setDraft(null);
    mutation.mutate(model, { onSettled: () => setChoosing(null), onError: () => setDraft(model) });
  };
  return (
    <fieldset className="attribution-picker" aria-busy={mutation.isPending} aria-describedby={`${name}-what`}>
      <legend>{LEGEND}</legend>
      <WhatItDoes id={`${name}-what`} />
      {/* the choices are known before the event's model is: shown (disabled) while it loads, so nothing moves when it comes */}
      <div className="attribution-picker__options" ref={radios} aria-busy={!query.data}>
        {!query.data && <span className="visually-hidden" role="status">Loading the attribution model</span>}
        <ModelOptions name={name} current={current} onChoose={query.data ? (m) => { setDraft(m === saved ? null : m); mutation.reset(); } : undefined} />
      </div>
      {current !== null && !isKnown(ATTRIBUTION_MODELS, current) && (
        <p className="notice">The current model, {current}, is not one this dashboard knows. Choose one to replace it.</p>
      )}
      {draft && (
        <div className="attribution-picker__confirm row">
          <button type="button" className="button button--primary" onClick={() => save(draft)}>Use {MODEL_INFO[draft].name} for this event</button>
          <button type="button" className="button" onClick={() => { focusRadio(saved); setDraft(null); mutation.reset(); }}>
            {saved && isKnown(ATTRIBUTION_MODELS, saved) ? `Keep ${MODEL_INFO[saved].name}` : 'Cancel'}
          </button>
        </div>
      )}
      <p className="attribution-picker__status muted" role="status">
        {mutation.isPending ? 'Saving…' : mutation.isSuccess ? savedText(mutation.data.model) : draft && !mutation.isError ? 'Not saved yet.' : ''}
      </p>
      {mutation.isError && (
        <p className="form-error" role="alert">The model could not be changed: {describeError(mutation.error)}</p>
      )}
    </fieldset>
  );
}
