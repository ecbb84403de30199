import type { ReactNode } from 'react';
import { describeError } from '@/lib/api-errors';
import { HeldSize } from './held-size';
import { useRefocusAfterRetry } from './use-refocus-after-retry';

/**
 * A panel-sized error with a way out. One failing call never blanks the page. For a read, it is
 * shown when there is no data to show (`query.data === undefined` once not pending): a failed
 * refresh keeps what is on screen, and with it anything typed into a form there.
 * `holds`: the placeholder the error replaces, kept invisibly underneath so the panel is at least
 * as tall as it was and nothing below moves when a read fails (layout shift). When Try again takes
 * the panel away, the keyboard continues at the heading of the panel's section.
 */
export function ErrorPanel({ error, onRetry, title = 'Could not load this', holds }: { error: unknown; onRetry?: () => void; title?: string; holds?: ReactNode }) {
  const { retrying } = useRefocusAfterRetry();
  const panel = (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{title}</p>
      <p className="muted">{describeError(error)}</p>
      {onRetry && <button className="button" type="button" onClick={(e) => { retrying(e.currentTarget); onRetry(); }}>Try again</button>}
    </div>
  );
  return holds ? <HeldSize holds={holds}>{panel}</HeldSize> : panel;
}
