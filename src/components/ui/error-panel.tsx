import { describeError } from '@/lib/api-errors';

/** A panel-sized error with a way out. One failing call never blanks the page. */
export function ErrorPanel({ error, onRetry, title = 'Could not load this' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">{title}</p>
      <p className="muted">{describeError(error)}</p>
      {onRetry && <button className="button" type="button" onClick={onRetry}>Try again</button>}
    </div>
  );
}
