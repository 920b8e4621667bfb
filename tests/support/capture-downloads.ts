import { vi } from 'vitest';

/** The files the page offers as downloads, as blobs, in order (jsdom has no downloads). */
export function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  return blobs;
}
