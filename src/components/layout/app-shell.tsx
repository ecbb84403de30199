import { useId, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { usePopover } from '@/components/ui/use-popover';
import { ConnectionNotice } from './connection-notice';

export interface NavGroup { label: string; items: { to: string; label: string; end?: boolean }[] }

/**
 * Header (product, partner slot, user menu) + navigation + main content; responsive to 360 px.
 * `busy`: the next page is on its way (its code or data) while the current one stays — a bar
 * under the header says so, after a moment, so a slow click is not taken for a dead one.
 */
export function AppShell({ nav, partner, username, onSignOut, busy = false, children }: {
  nav: NavGroup[];
  partner: ReactNode;
  username: string;
  onSignOut: () => void;
  busy?: boolean;
  children: ReactNode;
}) {
  const { open: menuOpen, setOpen: setMenuOpen, closeToTrigger: closeMenu, ref: menuRef } = usePopover<HTMLDivElement>();
  const menuId = useId();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="shell__header">
        <span className="shell__brand">
          <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6" fill="currentColor" /><path d="M7 22l6-8 5 5 7-10" stroke="var(--bg)" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" /></svg>
          <span className="shell__brand-text visually-hidden-narrow">Future Demand</span>
        </span>
        <div className="shell__partner">{partner}</div>
        <div className="user-menu" ref={menuRef}>
          <button type="button" className="button button--ghost" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen((o) => !o)}>
            <span className="user-menu__avatar" aria-hidden="true">{username.charAt(0).toUpperCase()}</span> <span className="user-menu__name visually-hidden-narrow">{username}</span>
          </button>
          {menuOpen && (
            <div id={menuId} className="header-popover" role="group" aria-label="User menu">
              <p className="muted">Signed in as {username}</p>
              <NavLink to="/settings" onClick={() => setMenuOpen(false)}>Settings</NavLink>
              <button type="button" className="button" onClick={() => { closeMenu(); onSignOut(); }}>Sign out</button>
            </div>
          )}
        </div>
        {busy && <div className="shell__progress" role="progressbar" aria-label="Loading the page" />}
      </header>
      <nav className="shell__nav" aria-label="Main">
        {nav.map((group) => (
          <div key={group.label} className="nav-group">
            <span className="nav-group__label">{group.label}</span>
            {group.items.map((item) => (
              <NavLink key={item.to} to={item.to} end={item.end} className="nav-link">{item.label}</NavLink>
            ))}
          </div>
        ))}
      </nav>
      <main id="main" className="shell__main" tabIndex={-1} aria-busy={busy || undefined}>{children}</main>
      <ConnectionNotice />
    </div>
  );
}
