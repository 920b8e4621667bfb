/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pwaPlugin } from './build/vite-plugin-pwa.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { decksPlugin } from './scripts/vite-plugin-decks.ts';

export default defineConfig({
  base: './',
  plugins: [decksPlugin(), react(), cspPlugin(), pwaPlugin()],
  build: {
    target: 'es2022',
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
