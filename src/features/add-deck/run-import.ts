import type { ImportFixes } from '../../deck/import/fixes.ts';
import type { ImportResult, ShapeName } from '../../deck/import/types.ts';

/** What crosses into the import worker. */
export interface ImportJob {
  readonly id: number;
  readonly input: string | Uint8Array;
  readonly path: string;
  readonly shape?: ShapeName;
  /** What the user corrected in the preview, or kept with the deck for its next version. */
  readonly fixes?: ImportFixes;
}

export type ImportReply =
  | { readonly id: number; readonly progress: number }
  | { readonly id: number; readonly result: ImportResult };

interface Pending {
  readonly job: ImportJob;
  readonly onProgress: (fraction: number) => void;
  readonly resolve: (result: ImportResult) => void;
}

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** The importer on this thread: where there is no worker (jsdom) or it failed to start. */
async function importHere({ job, onProgress, resolve }: Pending): Promise<void> {
  const { importDocument } = await import('../../deck/import/import-document.ts');
  const { input, path, shape, fixes } = job;
  resolve(importDocument(input, { path, shape, fixes, onProgress }));
}

function importWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<ImportReply>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    if ('progress' in event.data) job.onProgress(event.data.progress);
    else {
      pending.delete(event.data.id);
      job.resolve(event.data.result);
    }
  });
  // A worker that cannot start (its chunk failed to load): import on this thread instead.
  worker?.addEventListener('error', () => {
    worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      void importHere(job);
    }
  });
  return worker;
}

/**
 * Stops a job: the worker reads one document at a time, so the one reading it is ended and a
 * new worker takes the jobs still waiting.
 */
function cancel(id: number): void {
  if (!pending.delete(id) || !worker) return;
  worker.terminate();
  worker = undefined;
  const next = importWorker();
  for (const job of pending.values()) next?.postMessage(job.job);
}

/**
 * Starts the import worker ahead of the first document, so that choosing a file does not wait
 * for the worker's script to be fetched and compiled (a tenth of a second or more). For Add a
 * deck's idle time. (Having it read a small document too, to warm the engine, was measured and
 * did not make the first real document faster.)
 */
export function prepareImporter(): void {
  if (worker === undefined) importWorker();
}

/**
 * Imports a document in the worker, reporting progress from 0 to 1. Aborting `signal` stops
 * it (a 10 MB document takes seconds) and rejects with an AbortError.
 */
export function runImport(
  input: string | Uint8Array,
  options: {
    path: string;
    shape?: ShapeName;
    fixes?: ImportFixes;
    onProgress?: (fraction: number) => void;
    signal?: AbortSignal;
  },
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const { path, shape, fixes, signal } = options;
    const job: ImportJob = { id: nextId++, input, path, shape, fixes };
    const entry: Pending = { job, onProgress: options.onProgress ?? (() => {}), resolve };
    const target = importWorker();
    if (!target) {
      void importHere(entry);
      return;
    }
    pending.set(job.id, entry);
    target.postMessage(job);
    signal?.addEventListener('abort', () => {
      cancel(job.id);
      reject(new DOMException('The import was stopped', 'AbortError'));
    });
  });
}
