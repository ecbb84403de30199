import type { ChangeEvent } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Day } from '@/lib/dates';
import type { TransactionSummaryInput } from '../api/schemas';
import type { SalesFormValues } from '../lib/sales-form';
import { SALES_HISTORY_START } from '../lib/sales-summary';
import { FieldMessage, fieldA11y } from './field-message';

type Form = UseFormReturn<SalesFormValues, unknown, TransactionSummaryInput>;
const WARNING_ID = 'sales-dates-warning';

/** One day or a date range, never after today (the partner's day); `warning` questions the dates without blocking. */
export function DateFields({ form, today, warning }: { form: Form; today: Day; warning: string | null }) {
  const mode = useWatch({ control: form.control, name: 'mode' });
  const { errors } = form.formState;
  const alsoDescribedBy = warning ? WARNING_ID : undefined;
  // a range keeps the day as its first day and waits for its last: a one-day "range" was not asked for
  const modeField = form.register('mode', {
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      if (e.target.value === 'range') form.setValue('to', '');
    },
  });
  return (
    <fieldset className="sales-fieldset">
      <legend>When were these tickets sold?</legend>
      <div className="row sales-mode">
        <label className="check"><input type="radio" value="day" {...modeField} /> One day</label>
        <label className="check"><input type="radio" value="range" {...modeField} /> A date range (totals spread over its days)</label>
      </div>
      <div className="sales-dates">
        <div className="field">
          <label htmlFor="sales-from">{mode === 'range' ? 'First day' : 'Day'}</label>
          <input id="sales-from" type="date" min={SALES_HISTORY_START} max={today} {...form.register('from', { deps: ['to'] })} {...fieldA11y('sales-from', errors.from, alsoDescribedBy)} />
          <FieldMessage id="sales-from" error={errors.from} />
        </div>
        {mode === 'range' && (
          <div className="field">
            <label htmlFor="sales-to">Last day</label>
            <input id="sales-to" type="date" min={SALES_HISTORY_START} max={today} {...form.register('to', { deps: ['from'] })} {...fieldA11y('sales-to', errors.to, alsoDescribedBy)} />
            <FieldMessage id="sales-to" error={errors.to} />
          </div>
        )}
      </div>
      {warning && <p id={WARNING_ID} className="field-warning">{warning}</p>}
    </fieldset>
  );
}
