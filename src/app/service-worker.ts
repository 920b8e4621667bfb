import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-ready.ts';

const HOUR = 3_600_000;

/**
 * Registers the service worker (build/vite-plugin-pwa.ts) that keeps the app working offline.
 * Loaded once the first screen is idle: none of it weighs on the first paint. A new version is
 * offered, never forced: `updateSW` lets the waiting worker take over, then reloads every tab
 * of the app onto it, so no tab runs chunks of two versions.
 */
export function registerServiceWorker(): void {
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => offerUpdate(() => updateSW(true)),
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
