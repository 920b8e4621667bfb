import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: everything from our own origin, no inline script,
 * no eval, no plugins. Images may also come from any https site: a remote image in an answer
 * is requested only after the learner clicks "Show image" (components/markdown/remote-image),
 * and an image can neither run code nor read the page; plain http stays blocked. Only for builds: the dev server injects inline scripts of its own.
 * (frame-ancestors cannot be set from a <meta> tag; a host should send it as a header.)
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  // Recordings of the learner's answers play from blob: URLs made on the device.
  "media-src 'self' blob:",
  // Sync talks to a CouchDB server the user chooses (over https, or on their own computer); once
  // it is set, the page narrows this to that one server at start-up (src/app/connect-policy.ts).
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  // The service worker (sw.js, registered from our own script) and the web app manifest.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'prepdeck:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
