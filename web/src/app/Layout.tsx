import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/use-session';
import { AccountMenu } from './AccountMenu';

const NAV = [
  { to: '/skills', label: 'Skills' },
  { to: '/challenges', label: 'Challenges' },
  { to: '/jobs', label: 'Jobs' },
  { to: '/career-match', label: 'Career match' },
  { to: '/quiz', label: 'Quiz' },
];

export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // The phone menu belongs to the page it was opened on, so it is closed after any navigation.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const session = useSession();

  // After a navigation, focus moves to the new content so keyboard and screen-reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand" aria-label="Skillproof home">
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path
                d="M9 16.5l4.5 4.5L23 11"
                fill="none"
                stroke="#fff"
                strokeWidth="3.2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <span>Skillproof</span>
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
          >
            Menu
          </button>
          <nav id="site-nav" className={`site-nav${menuOpen ? ' site-nav-open' : ''}`} aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
            <AccountMenu session={session} />
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p>Skillproof: prove skills with real work, hire on evidence.</p>
          <ul>
            <li>
              <a href="/docs">REST API and OpenAPI</a>
            </li>
            <li>
              <a href="/graphql">GraphQL</a>
            </li>
            <li>
              <Link to="/career-match">Career match</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
