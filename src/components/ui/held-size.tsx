import type { ReactNode } from 'react';

/**
 * Shows `children` in the space `holds` (the loading placeholder it replaces) took, kept
 * invisibly underneath: the slot is at least as tall as the placeholder was, so nothing below
 * moves when an error or an empty state takes the placeholder's place (layout shift).
 */
export function HeldSize({ holds, children }: { holds: ReactNode; children: ReactNode }) {
  return (
    <div className="held-size">
      <div className="held-size__space" aria-hidden="true" inert>{holds}</div>
      {children}
    </div>
  );
}
