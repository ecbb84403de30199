import type { FieldError } from 'react-hook-form';

/**
 * aria-invalid + aria-describedby for an input whose error renders with <FieldMessage id=…>;
 * `alsoDescribedBy` names another message the input shares (a warning).
 */
export const fieldA11y = (id: string, error: FieldError | undefined, alsoDescribedBy?: string) => {
  const describedBy = [error ? `${id}-error` : '', alsoDescribedBy ?? ''].filter(Boolean).join(' ') || undefined;
  return { 'aria-invalid': Boolean(error), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
};

/** The error next to an input (what to fix, in plain words). */
export function FieldMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  if (!error?.message) return null;
  return <p className="field-error" id={`${id}-error`}>{error.message}</p>;
}
