import { Link, useRouteError } from 'react-router';
import { isNotFound, RouteError } from './route-error';

/** An unknown package id (or another partner's): the way out is the packages list. */
export function PackageNotFound() {
  return (
    <section className="page">
      <title>Package not found · Packages · Future Demand</title>
      <div className="card empty-state">
        <h1>Package not found</h1>
        <p className="muted">This package does not exist, or belongs to another partner.</p>
        <Link className="button button--primary" to="/package-builder">Back to packages</Link>
      </div>
    </section>
  );
}

/** The package route's error boundary: its own not-found, every other error as on any route. */
export function PackageRouteError() {
  return isNotFound(useRouteError()) ? <PackageNotFound /> : <RouteError />;
}
