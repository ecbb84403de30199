import type { ButtonHTMLAttributes, MouseEvent } from 'react';

/**
 * A form's submit button that, while `busy`, refuses to submit again but stays focusable:
 * `aria-disabled` instead of `disabled`, which would drop the keyboard focus to the page while
 * saving. Enter in a field "clicks" the submit button too, so blocking the click covers both.
 */
export function SubmitButton({ busy, className = 'button button--primary', onClick, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { busy: boolean }) {
  const click = (e: MouseEvent<HTMLButtonElement>) => {
    if (busy) e.preventDefault();
    else onClick?.(e);
  };
  return <button {...rest} type="submit" className={className} aria-disabled={busy || undefined} onClick={click} />;
}
