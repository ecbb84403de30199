import { Link, useLocation } from 'react-router';

/** The list a missing page was part of: the way back the user most likely wants. */
const SECTIONS = [
  { prefix: '/events', to: '/events', label: 'Go to the events' },
  { prefix: '/sales', to: '/sales', label: 'Go to sales data' },
  { prefix: '/campaigns', to: '/campaigns', label: 'Go to the campaigns' },
  { prefix: '/package-builder', to: '/package-builder', label: 'Go to the packages' },
] as const;

export function NotFoundPage() {
  const { pathname } = useLocation();
  const section = SECTIONS.find((s) => pathname === s.prefix || pathname.startsWith(`${s.prefix}/`));
  return (
    <section className="page">
      <title>Page not found · Future Demand</title>
      <div className="card empty-state">
        <h1>Page not found</h1>
        <p className="muted">The page or event you were looking for does not exist, or belongs to another partner.</p>
        <div className="row">
          {section && <Link className="button button--primary" to={section.to}>{section.label}</Link>}
          <Link className={section ? 'button' : 'button button--primary'} to="/">Go to the overview</Link>
        </div>
      </div>
    </section>
  );
}
