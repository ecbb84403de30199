import type { FieldError } from 'react-hook-form';

/** aria-invalid + aria-describedby for an input whose error renders with <FieldMessage id=…>. */
export const fieldA11y = (id: string, error: FieldError | undefined) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : { 'aria-invalid': false as const };

/** The error next to an input (what to fix, in plain words). */
export function FieldMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  if (!error?.message) return null;
  return <p className="field-error" id={`${id}-error`}>{error.message}</p>;
}
