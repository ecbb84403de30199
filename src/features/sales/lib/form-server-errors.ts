import type { ValidationError } from '@/lib/api-errors';
import { typeKey, type SalesFormValues } from './sales-form';
import { describeValidationError } from './validation-messages';

export type SalesFieldName = 'from' | 'to' | `lines.${number}.${'choice' | 'newType' | 'sold' | 'revenue'}`;

export interface MappedErrors {
  /** errors shown next to an input */
  fields: { name: SalesFieldName; message: string }[];
  /** errors that belong to no single input (shown above the form) */
  general: string[];
}

const LINE_FIELD = /^tickets\.(\d+)\.(type|sold|revenue)$/;

/**
 * Maps the ingest's `validation_errors` (field paths like 'from', 'tickets.1.sold') onto the
 * inputs that show them. With a single day, errors about `to` belong to the one date input.
 */
export function mapIngestErrors(errors: readonly ValidationError[], values: SalesFormValues): MappedErrors {
  const mapped: MappedErrors = { fields: [], general: [] };
  for (const error of errors) {
    const message = describeValidationError(error, 'form');
    const field = error.field ?? '';
    const line = LINE_FIELD.exec(field);
    if (field === 'from' || field === 'to') {
      mapped.fields.push({ name: field === 'to' && values.mode === 'range' ? 'to' : 'from', message });
    } else if (line && Number(line[1]) < values.lines.length) {
      const i = Number(line[1]);
      const key = line[2] === 'type' ? typeKey(values.lines[i]) : (line[2] as 'sold' | 'revenue');
      mapped.fields.push({ name: `lines.${i}.${key}`, message });
    } else {
      const lineOnly = /^tickets\.(\d+)/.exec(field);
      mapped.general.push(lineOnly ? `Ticket line ${Number(lineOnly[1]) + 1}: ${message}` : message);
    }
  }
  return mapped;
}
