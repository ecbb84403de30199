import { isRouteErrorResponse, useLocation, useNavigate, useRouteError, Link } from 'react-router';
import { useRefocusAfterRetry } from '@/components/ui/use-refocus-after-retry';
import { ApiError, describeError } from '@/lib/api-errors';
import { NotFoundPage } from './not-found';

/** A route's error that means "no such thing": a 404 response thrown by a loader, or an API 404. */
export const isNotFound = (error: unknown) =>
  (isRouteErrorResponse(error) && error.status === 404) || (error instanceof ApiError && error.status === 404);

/**
 * Error boundary of every route: a clear sentence and a retry; 404s get the not-found page. Try
 * again opens the same address again (its loaders run anew). Not `navigate('.')`: from the
 * boundary's route that is "/", which sent every retry to the overview.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  // the same address loads again: no navigation moves the keyboard, so this does (to the page's h1)
  const { retrying } = useRefocusAfterRetry();
  if (isNotFound(error)) {
    return <NotFoundPage />;
  }
  return (
    <section className="page">
      <title>Error · Future Demand</title>
      <div className="error-panel" role="alert">
        <h1 className="error-panel__title">This page could not be shown</h1>
        <p className="muted">{describeError(error)}</p>
        <div className="row">
          <button className="button button--primary" type="button" onClick={(e) => { retrying(e.currentTarget); void navigate(location, { replace: true }); }}>Try again</button>
          <Link className="button" to="/">Go to the overview</Link>
        </div>
      </div>
    </section>
  );
}
