/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspPlugin } from './build/vite-plugin-csp.ts';
import { decksPlugin } from './build/vite-plugin-decks.ts';
import { pwaPlugin } from './build/vite-plugin-pwa.ts';

/** Test files that run a Vite build (in a process of their own: see `pool` below). */
const BUILDS_APP = ['tests/unit/vite-plugin-decks.test.ts'];

export default defineConfig({
  base: './',
  plugins: [decksPlugin(), react(), cspPlugin(), pwaPlugin()],
  build: {
    target: 'es2022',
    // A lazy chunk's own imports are not listed for preloading beside its import (its CSS is):
    // the list of every chunk's file names sat in the first screen's JavaScript (1.1 KB
    // gzipped). Screens are prefetched when the browser is idle, so their imports are there by
    // the time they open; a screen opened before that fetches them as its code asks.
    modulePreload: {
      // Every browser the app supports (ES2022 modules) preloads modules itself: Vite's polyfill
      // for those that do not was 0.4 KB of the first screen's gzipped JavaScript.
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      output: {
        // Shared chunks are named by their hash alone: the entry lists every chunk's file for
        // preloading, and the names cost ~0.3 KB of the first screen's gzipped JS. Screens and
        // other lazy entries keep their names, for the size report and the tests that fail them.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/[hash].js',
        // Everything the entry imports, in one chunk: left to itself, the bundler cut the first
        // screen's code into a chunk per set of screens sharing a module (seven files), and
        // gzipped apart they took 1.5 KB more than together.
        codeSplitting: {
          groups: [{ name: 'first-screen', test: /src[\\/]main\.tsx$/ }],
        },
      },
    },
  },
  worker: {
    format: 'es',
    // A worker has no DOM: the importer's worker takes the entity decoder's plain build, not
    // the browser one (which decodes with a DOM element and throws "document is not defined").
    plugins: () => [
      {
        name: 'worker-without-dom',
        enforce: 'pre',
        resolveId: (id) =>
          id === 'decode-named-character-reference'
            ? fileURLToPath(
                new URL(
                  './node_modules/decode-named-character-reference/index.js',
                  import.meta.url,
                ),
              )
            : null,
      },
    ],
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A shared 2-core machine can take several times the usual 5 s for a whole-deck parse:
    // tests assert behaviour, never timings, so a slow run must not fail them. With the browser
    // suite's four Chromiums running beside it, a whole parse compared node by node and a
    // component test of twenty clicks took 21–22 s (73 s for the suite alone, 339 s then).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'tests',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          exclude: [...BUILDS_APP],
          // Each file in its own VM context of a worker that stays: a jsdom and the modules
          // are not set up again in a new process per file (the suite ran in half the time).
          pool: 'vmThreads',
        },
      },
      {
        extends: true,
        // Rolldown's native bindings refuse objects made in another VM context.
        test: { name: 'builds', include: [...BUILDS_APP], pool: 'forks' },
      },
    ],
  },
});
