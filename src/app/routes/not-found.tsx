import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="page">
      <div className="card empty-state">
        <h1>Page not found</h1>
        <p className="muted">The page or event you were looking for does not exist, or belongs to another partner.</p>
        <Link className="button button--primary" to="/">Go to the overview</Link>
      </div>
    </section>
  );
}
