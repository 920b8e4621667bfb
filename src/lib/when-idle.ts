/**
 * Runs `task` once the page has loaded and the browser is idle (or after `timeout` ms at most),
 * for work that must not compete with the first screen.
 */
export function whenIdle(task: () => void, timeout = 2000): void {
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout });
    else setTimeout(task, 200);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
