import { withCurrency } from '@/lib/format';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { TransactionSummaryInput } from '../api/schemas';
import { NEW_TYPE, type SalesFormValues } from '../lib/sales-form';
import type { TypeOption } from '../lib/ticket-types';
import { FieldMessage, fieldA11y } from './field-message';

type Form = UseFormReturn<SalesFormValues, unknown, TransactionSummaryInput>;

/** One ticket line: type (a known one or a new one), tickets, revenue; removable. */
export function TicketLineRow({ form, index, options, currency, checked, onRemove, canRemove }: {
  form: Form;
  index: number;
  /** a submit has checked this line (it was there when the form was sent) */
  checked: boolean;
  options: TypeOption[];
  currency: string | null;
  onRemove: () => void;
  canRemove: boolean;
}) {
  const choice = useWatch({ control: form.control, name: `lines.${index}.choice` });
  // a field's message waits until it was touched or a submit checked the line: re-validating the
  // lines (e.g. after another line's blur) would otherwise mark a new, empty line wrong at once
  const { errors: all, touchedFields, isSubmitted } = form.formState;
  const touched = touchedFields.lines?.[index];
  const lineErrors = all.lines?.[index];
  const errors = isSubmitted && checked ? lineErrors : lineErrors && {
    choice: touched?.choice ? lineErrors.choice : undefined,
    newType: touched?.newType ? lineErrors.newType : undefined,
    sold: touched?.sold ? lineErrors.sold : undefined,
    revenue: touched?.revenue ? lineErrors.revenue : undefined,
  };
  const id = (name: string) => `sales-line-${index}-${name}`;
  return (
    <fieldset className="ticket-line">
      <legend className="ticket-line__legend">Ticket line {index + 1}</legend>
      <div className="ticket-line__type">
        <div className="field">
          <label htmlFor={id('choice')}>Ticket type</label>
          <select id={id('choice')} {...form.register(`lines.${index}.choice`)} {...fieldA11y(id('choice'), errors?.choice)}>
            {options.length === 0 && <option value="">No known types</option>}
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            <option value={NEW_TYPE}>New ticket type…</option>
          </select>
          <FieldMessage id={id('choice')} error={errors?.choice} />
        </div>
        {choice === NEW_TYPE && (
          <div className="field">
            <label htmlFor={id('newType')}>New type name</label>
            <input id={id('newType')} type="text" autoComplete="off" {...form.register(`lines.${index}.newType`)} {...fieldA11y(id('newType'), errors?.newType)} />
            <FieldMessage id={id('newType')} error={errors?.newType} />
          </div>
        )}
      </div>
      <div className="field ticket-line__num">
        <label htmlFor={id('sold')}>Tickets</label>
        <input id={id('sold')} type="text" inputMode="numeric" autoComplete="off" {...form.register(`lines.${index}.sold`)} {...fieldA11y(id('sold'), errors?.sold)} />
        <FieldMessage id={id('sold')} error={errors?.sold} />
      </div>
      <div className="field ticket-line__num">
        <label htmlFor={id('revenue')}>{withCurrency('Revenue', currency)}</label>
        <input id={id('revenue')} type="text" inputMode="decimal" autoComplete="off" {...form.register(`lines.${index}.revenue`)} {...fieldA11y(id('revenue'), errors?.revenue)} />
        <FieldMessage id={id('revenue')} error={errors?.revenue} />
      </div>
      <button type="button" className="button button--ghost ticket-line__remove" onClick={onRemove} disabled={!canRemove} aria-label={`Remove ticket line ${index + 1}`}>
        Remove
      </button>
    </fieldset>
  );
}
