/** Whether an error is the browser failing to fetch a code chunk (offline, or removed by a deploy). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
      error.message,
    )
  );
}

// Every module script the page starts with: the build may start with more than one (Rolldown's
// runtime helpers come first, and change far less often than the app's own code).
const entryScript = (root: ParentNode) =>
  [...root.querySelectorAll('script[type="module"][src]')]
    .map((script) => script.getAttribute('src'))
    .join(' ') || null;

/**
 * The entry scripts of the build the server has now, when they differ from the ones running
 * (a redeploy replaced the chunks); null when it is the same build or the server is unreachable.
 */
export async function deployedVersion(): Promise<string | null> {
  try {
    const response = await fetch(window.location.pathname, { cache: 'no-store' });
    if (!response.ok) return null;
    const html = new DOMParser().parseFromString(await response.text(), 'text/html');
    const deployed = entryScript(html);
    return deployed && deployed !== entryScript(document) ? deployed : null;
  } catch {
    return null;
  }
}
