import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './breadcrumb.css';

export interface Crumb {
  label: ReactNode;
  /** Where the crumb leads; the last crumb is the current page and has none. */
  to?: string;
}

/** The way back from a detail page: a labelled list of links ending in the current page. */
export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {items.map((crumb, i) => (
          <li key={i}>
            {i === items.length - 1 || crumb.to === undefined
              ? <span aria-current={i === items.length - 1 ? 'page' : undefined}>{crumb.label}</span>
              : <Link to={crumb.to}>{crumb.label}</Link>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
