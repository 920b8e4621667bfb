import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** APP_VERSION when the build sets it (a release tag, a commit), else package.json's version. */
function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return process.env.APP_VERSION ?? pkg.version;
}

/**
 * Offline and installable (docs/deploy.md): Workbox precaches every file of the build (shell,
 * each screen's chunk, the decks, markdown and highlighting, CSS, icons), so after one visit the
 * app works with no network. A new version's service worker waits ('prompt') while open tabs
 * keep the version they have, and takes over when the learner chooses Reload. The app registers
 * it itself after the first screen is idle (src/app/service-worker.ts), so no inline script.
 */
export function pwaPlugin(): Plugin[] {
  const version: Plugin = {
    name: 'prepdeck:version',
    config: () => ({ define: { __APP_VERSION__: JSON.stringify(appVersion()) } }),
  };
  const pwa = VitePWA({
    registerType: 'prompt',
    includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
    injectRegister: false,
    workbox: {
      // The manifest and its icons are added by the plugin itself.
      globPatterns: ['**/*.{js,css,html}'],
      // A deck is one chunk, and a big one (thousands of cards) must still work offline.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // Reloading any page of the app offline gets the shell (routing is in the hash).
      navigateFallback: 'index.html',
      // The first service worker serves the tab that installed it; an update waits for Reload.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
    manifest: {
      id: './',
      name: 'PrepDeck — interview flashcards',
      short_name: 'PrepDeck',
      description:
        'Interview flashcards for backend developers, with spaced repetition in your browser.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f6f7f9',
      theme_color: '#f6f7f9',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
  });
  return [version, ...pwa];
}
