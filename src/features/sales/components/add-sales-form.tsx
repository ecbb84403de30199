import { focusFirstInvalid } from '@/components/ui/focus-first-invalid';
import { SubmitButton } from '@/components/ui/submit-button';
import { useUnsavedWork } from '@/components/ui/unsaved-work';
import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { ApiError, describeError } from '@/lib/api-errors';
import { describeUnsureWrite, outcomeUnknown } from '@/lib/write-outcome';
import type { Day } from '@/lib/dates';
import { ingestTransactionSummary } from '../api/mutations';
import { salesQueries } from '../api/queries';
import type { TransactionSummaryInput } from '../api/schemas';
import { addedSalesText, unsureAddText } from '../lib/added-sales';
import { mapIngestErrors } from '../lib/form-server-errors';
import { useLatestWrite } from '../lib/latest-write';
import { salesDateWarning, defaultSalesDay, defaultSalesValues, emptyLine, NEW_TYPE, overCapacityLines, salesFormSchema, type SalesFormValues } from '../lib/sales-form';
import { salesPreview } from '../lib/sales-preview';
import { salesHistoryRange, summarizeSales } from '../lib/sales-summary';
import type { TypeOption } from '../lib/ticket-types';
import { DateFields } from './date-fields';
import { SalesPreviewTable } from './sales-preview-table';
import { TicketLineRow } from './ticket-line-row';

/** Add sales by hand: a day or range, ticket lines, a preview; server errors land next to their input. */
export function AddSalesForm({ eid, currency, today, eventDay, options, afterwards }: {
  eid: string;
  currency: string | null;
  today: Day;
  /** the event's day in the partner's zone: the default date of a past event, and sales after it are questioned */
  eventDay: Day | null;
  options: TypeOption[];
  afterwards: () => Promise<unknown>;
}) {
  const schema = useMemo(() => salesFormSchema({ eid, today, options }), [eid, today, options]);
  const firstType = options[0]?.value ?? NEW_TYPE;
  const defaults = useMemo(() => defaultSalesValues(defaultSalesDay(today, eventDay), firstType), [today, eventDay, firstType]);
  const form = useForm<SalesFormValues, unknown, TransactionSummaryInput>({ resolver: standardSchemaResolver(schema), defaultValues: defaults, mode: 'onTouched', shouldFocusError: false });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const values = useWatch({ control: form.control });
  const typed: SalesFormValues = { ...defaults, ...values, lines: (values.lines ?? []).map((l) => ({ ...emptyLine(''), ...l })) };
  const preview = salesPreview(typed);
  // past a type's capacity: the Tickets field says so, and a checkbox confirms it was meant
  const over = overCapacityLines(typed, options);
  const [general, setGeneral] = useState<string[]>([]);
  const [done, setDone] = useState<{ text: string; confirmed: boolean } | null>(null);
  const latestWrite = useLatestWrite();
  const queryClient = useQueryClient();
  // a partner switch replaces the page: it asks first, naming what would be lost
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedWork(isSubmitting
    ? 'The sales being added are still being sent; you would not see whether they were stored.'
    : isDirty ? 'The sales typed but not yet added are lost.' : null);

  // the lines a submit has checked: one added after a refused submit waits, like a new one, until touched
  const [sentLines, setSentLines] = useState<ReadonlySet<string>>(() => new Set());

  // once the errors are drawn: the first in the order on screen (a range's Last day before the lines)
  const focusError = (formElement: EventTarget | null | undefined) =>
    requestAnimationFrame(() => focusFirstInvalid(formElement instanceof HTMLElement ? formElement : null));

  const onSubmit = form.handleSubmit(async (input, submitEvent) => {
    setGeneral([]);
    // the recorded sales card's totals as they stand before sending: a lost answer is checked against them
    const shown = queryClient.getQueryData(salesQueries.summary(eid, salesHistoryRange(today)).queryKey);
    const before = shown ? summarizeSales(shown.days) : null;
    try {
      const record = await ingestTransactionSummary(input);
      latestWrite.report();
      await afterwards().catch(() => undefined);
      // an answer that does not confirm the record still means the server took the sales: the form
      // is cleared all the same, as sending them again would most likely add them twice
      setDone(addedSalesText(input, record, currency));
      // ready for the next entry in the same mode: a day starts at the default day again, a range starts empty (no stale period)
      const mode = form.getValues('mode');
      form.reset(mode === 'range' ? { ...defaults, mode, from: '', to: '' } : defaults);
    } catch (error) {
      if (error instanceof ApiError && error.validationErrors.length > 0) {
        const mapped = mapIngestErrors(error.validationErrors, form.getValues());
        mapped.fields.forEach(({ name, message }) => form.setError(name, { type: 'server', message }));
        focusError(submitEvent?.target);
        setGeneral(['The server did not accept these sales; nothing was added. Fix the marked values and try again.', ...mapped.general]);
      } else {
        // a lost answer to a POST leaves it open whether the sales were stored: say so and refresh
        setGeneral([outcomeUnknown(error)
          ? unsureAddText(describeUnsureWrite(error), input, before, currency ?? shown?.currency ?? null)
          : describeError(error)]);
        await afterwards().catch(() => undefined);
      }
    }
  }, (_errors, submitEvent) => focusError(submitEvent?.target));

  const pending = form.formState.isSubmitting;
  return (
    <section className="card sales-card" aria-labelledby="sales-add-title">
      <h2 id="sales-add-title">Add sales</h2>
      <form
        onSubmit={(e) => {
          setSentLines(new Set(lines.fields.map((f) => f.id)));
          // the last entry's "Added …" must not stand beside this one's refusal
          setDone(null);
          void onSubmit(e);
        }}
        noValidate
        aria-describedby={general.length > 0 ? 'sales-add-errors' : undefined}
      >
        {general.length > 0 && (
          <div className="form-error" id="sales-add-errors" role="alert">
            {general.map((g) => <p key={g}>{g}</p>)}
          </div>
        )}
        <DateFields form={form} today={today} warning={salesDateWarning(typed, eventDay, today)} />
        <fieldset className="sales-fieldset">
          <legend>Tickets sold{currency ? ` and revenue in ${currency}` : ' and revenue'}</legend>
          {lines.fields.map((field, index) => (
            <TicketLineRow
              key={field.id}
              form={form}
              index={index}
              options={options}
              currency={currency}
              checked={sentLines.has(field.id)}
              canRemove={lines.fields.length > 1}
              onRemove={() => {
                lines.remove(index);
                // the pressed button went with its line: the keyboard continues on the line now in its place (or the last one)
                const next = Math.min(index, lines.fields.length - 2);
                requestAnimationFrame(() => form.setFocus(`lines.${next}.choice`));
              }}
            />
          ))}
          {form.formState.errors.lines?.message && <p className="field-error">{form.formState.errors.lines.message}</p>}
          <button
            type="button"
            className="button"
            onClick={() => lines.append(emptyLine(options.find((o) => !values.lines?.some((l) => l.choice === o.value))?.value ?? NEW_TYPE))}
          >
            Add a ticket line
          </button>
        </fieldset>
        {over.length > 0 && (
          <label className="check sales-over-capacity">
            <input
              type="checkbox"
              // unmounted (no line over any more), the confirmation is dropped with it
              {...form.register('overCapacity', { shouldUnregister: true, onChange: () => void form.trigger(over.map((o) => `lines.${o.index}.sold` as const)) })}
            />
            Add them anyway: {over.length === 1 ? 'this line goes' : 'these lines go'} past the ticket type’s capacity
          </label>
        )}
        <SalesPreviewTable preview={preview} currency={currency} labelOf={(type) => options.find((o) => o.value === type)?.label ?? type} />
        <div className="row sales-submit">
          <SubmitButton
            busy={pending}
            // the press must not take the focus: the field left would show its message (checked on
            // leaving) above the button and push the button from under the pointer, so the click was
            // lost. The click (also Enter's) takes it: a field still focused when the server's errors
            // arrive would be checked again as they move the focus, and its server error wiped.
            // The submit checks every field and puts the keyboard on the first invalid one.
            onMouseDown={(e) => e.preventDefault()}
            onClick={(e) => e.currentTarget.focus()}
          >
            {pending ? 'Adding sales…' : 'Add sales'}
          </SubmitButton>
          <p className={done && latestWrite.current ? `notice${done.confirmed ? ' notice--ok' : ''}` : 'visually-hidden'} role="status">
            {latestWrite.current ? done?.text : null}
          </p>
        </div>
      </form>
    </section>
  );
}
