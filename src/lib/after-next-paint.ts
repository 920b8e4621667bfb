/** How long to wait for a frame that may never come (a hidden tab paints none). */
const NO_FRAME_AFTER_MS = 250;

/**
 * Runs `task` once the next frame has been painted: a frame callback runs just before the
 * paint, a task queued from it just after. Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    timer = setTimeout(run);
  });
  const fallback = setTimeout(run, NO_FRAME_AFTER_MS);
  function cancel() {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  }
  return cancel;
}
