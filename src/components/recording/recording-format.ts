// How recordings read in the list and on the timer: pure, so tests pass fixed values.

/** 65 000 ms → "1:05"; a part second counts down, as a stopwatch shows it. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** 1 536 → "1.5 KB"; 3 145 728 → "3.0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Nov 27, 2026, 9:31 AM · 0:42", the line above each recording's player. */
export function describeRecording(
  recording: { readonly createdAt: number; readonly durationMs: number },
  format: Intl.DateTimeFormat = when,
): string {
  return `${format.format(recording.createdAt)} · ${formatClock(recording.durationMs)}`;
}

/** "prepdeck-answer-2026-11-27-09-31-00.webm": a download name that sorts by time. */
export function recordingFileName(createdAt: number, type: string): string {
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/[T:]/g, '-');
  const extension = type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm';
  return `prepdeck-answer-${stamp}.${extension}`;
}
