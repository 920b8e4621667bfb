/// <reference types="vite-plugin-pwa/vanillajs" />

/** The app's version, set at build time (APP_VERSION, else package.json's). */
declare const __APP_VERSION__: string;
