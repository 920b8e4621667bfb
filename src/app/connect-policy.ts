/**
 * Once sync is on, the page may connect to its own origin and the sync server only. The built
 * page's policy allows any https server (the user may be typing one in Settings); a second
 * policy can only narrow the first (a request must pass both), so this one is added at start-up,
 * before any request, and lasts until the page is reloaded.
 */
export function allowOnlySyncServer(server: string): void {
  let origin: string;
  try {
    origin = new URL(server).origin;
  } catch {
    return;
  }
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = `connect-src 'self' ${origin}`;
  document.head.append(policy);
}
