import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-ready.ts';

const HOUR = 3_600_000;

/**
 * Reloads this tab once the version offered takes it over: after this tab's Reload, or another
 * tab's, since the new service worker claims every tab and their old chunks are then gone.
 */
let offered: ServiceWorker | null = null;
function reloadWhenTakenOver(): void {
  void navigator.serviceWorker.getRegistration().then((registration) => {
    const next = registration?.waiting ?? null;
    if (!next) return;
    // One listener, however many versions a long-open tab is offered: the latest counts.
    if (!offered) {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (offered && navigator.serviceWorker.controller === offered) window.location.reload();
      });
    }
    offered = next;
  });
}

/**
 * Registers the service worker (build/vite-plugin-pwa.ts) that keeps the app working offline.
 * Loaded once the first screen is idle: none of it weighs on the first paint. A new version is
 * offered, never forced: `updateSW` lets the waiting worker take over, then reloads every tab
 * of the app onto it, so no tab runs chunks of two versions.
 */
export function registerServiceWorker(): void {
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      reloadWhenTakenOver();
      offerUpdate(() => updateSW(true));
    },
    // workbox-window reloads only tabs that had a controller when they registered, so a tab
    // opened on the first visit would stay on "reloading…": reloadWhenTakenOver does it for all.
    onNeedReload: () => {},
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // Browsers look for a new version on each visit; a tab left open asks now and then.
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => {});
      };
      setInterval(check, HOUR);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}
