import { useEffect, useId, useRef, useState } from 'react';
import { ROUTES } from './routes.tsx';
import './main-nav.css';

const LINKS = ROUTES.filter((r) => r.nav !== undefined);
const IN_BAR = LINKS.filter((r) => !r.navMore);
const IN_MORE = LINKS.filter((r) => r.navMore);

type NavRoute = (typeof LINKS)[number];

function NavLink({
  route,
  current,
  onClick,
}: {
  route: NavRoute;
  current: string;
  onClick?: () => void;
}) {
  return (
    <a
      href={`#${route.path}`}
      data-screen={route.name}
      aria-current={current === route.name ? 'page' : undefined}
      onClick={onClick}
    >
      {route.nav}
    </a>
  );
}

/**
 * The main navigation. On a wide screen, one row of every screen's link in the header. On a
 * phone, a bar at the bottom, under the thumb: the four screens used most, and "More" opening
 * the others, each one tap from there.
 */
export function MainNav({ current }: { current: string }) {
  // The menu stays open on the screen it was opened on: following any link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === current;
  const panelId = useId();
  const nav = useRef<HTMLElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const close = () => setOpenOn(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      more.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <nav aria-label="Main" className="main-nav" ref={nav}>
      {IN_BAR.map((route) => (
        <NavLink key={route.name} route={route} current={current} />
      ))}
      <button
        ref={more}
        type="button"
        className="main-nav-more"
        aria-expanded={open}
        aria-controls={panelId}
        data-current={IN_MORE.some((r) => r.name === current) || undefined}
        onClick={() => setOpenOn(open ? null : current)}
      >
        More
      </button>
      <div id={panelId} className="main-nav-rest" data-open={open || undefined}>
        {/* The link to the screen already shown changes no route: it closes the menu too. */}
        {IN_MORE.map((route) => (
          <NavLink key={route.name} route={route} current={current} onClick={close} />
        ))}
      </div>
    </nav>
  );
}
