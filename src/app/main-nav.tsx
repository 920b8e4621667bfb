import { ROUTES } from './routes.tsx';
import './main-nav.css';

const LINKS = ROUTES.filter((r) => r.nav !== undefined);
const IN_BAR = LINKS.filter((r) => !r.navIcon);
const AS_ICONS = LINKS.filter((r) => r.navIcon);

function NavLink({ route, current }: { route: (typeof LINKS)[number]; current: string }) {
  return (
    <a
      href={`#${route.path}`}
      data-screen={route.name}
      aria-current={current === route.name ? 'page' : undefined}
    >
      {/* The short label is for the eye; the link's name stays the whole one. */}
      {route.navShort && (
        <span className="main-nav-short" aria-hidden="true">
          {route.navShort}
        </span>
      )}
      <span className="main-nav-label">{route.nav}</span>
    </a>
  );
}

/**
 * The main navigation: every screen one tap away at any width. On a wide screen, one row of
 * links in the header. On a phone, a bar at the bottom, under the thumb, with the six screens
 * of studying; Settings and Add a deck are icons in the header.
 */
export function MainNav({ current }: { current: string }) {
  return (
    <nav aria-label="Main" className="main-nav">
      <div className="main-nav-bar">
        {IN_BAR.map((route) => (
          <NavLink key={route.name} route={route} current={current} />
        ))}
      </div>
      {AS_ICONS.map((route) => (
        <NavLink key={route.name} route={route} current={current} />
      ))}
    </nav>
  );
}
