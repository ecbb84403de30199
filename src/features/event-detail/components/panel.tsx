import { useId, type ReactNode } from 'react';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';

/** A titled card; the heading names the region. */
export function Panel({ title, actions, className = '', children }: { title: string; actions?: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`card panel ${className}`} aria-labelledby={id}>
      <div className="panel__head">
        <h2 id={id}>{title}</h2>
        {actions && <div className="row">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isFetching?: boolean;
  refetch: () => unknown;
}

/**
 * One panel's data: a skeleton of the final height while pending, its own error with a retry
 * (the rest of the page keeps working), else the content.
 */
export function QueryState<T>({ query, height, what, children }: { query: QueryLike<T>; height: number; what: string; children: (data: T) => ReactNode }) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  // first load, or a retry after an error: the skeleton says something is happening
  const placeholder = <Skeleton height={height} label={`Loading ${what}`} />;
  if (!query.error || query.isFetching) return placeholder;
  return <ErrorPanel title={`Could not load ${what}`} error={query.error} onRetry={() => void query.refetch()} holds={placeholder} />;
}

/** A chart panel's placeholder (skeleton or error) until its data arrives; undefined once it has. */
export function chartPlaceholder<T>(query: QueryLike<T>, height: number, what: string) {
  if (query.data !== undefined) return undefined;
  return <QueryState query={query} height={height} what={what}>{() => null}</QueryState>;
}

/** The summary line before the data: "Loading…", or nothing beside an error (its panel says it). */
export const pendingSummary = (query: { error: unknown }) => (query.error ? '' : 'Loading…');
