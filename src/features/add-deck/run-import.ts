import type { ImportFixes } from '../../deck/import/fixes.ts';
import type { ImportRest, ImportResult, ShapeName } from '../../deck/import/types.ts';

/** What crosses into the import worker. */
export interface ImportJob {
  readonly id: number;
  readonly input: string | Uint8Array;
  readonly path: string;
  readonly shape?: ShapeName;
  /** What the user corrected in the preview, or kept with the deck for its next version. */
  readonly fixes?: ImportFixes;
  /** Import in two steps: the preview first, the rest when asked for (`RestRequest`). */
  readonly steps?: boolean;
}

/** After the first step, what to do with the rest of a job: make it and send it, or drop it. */
export interface RestRequest {
  readonly id: number;
  readonly rest: 'send' | 'drop';
}

export type ImportReply =
  | { readonly id: number; readonly progress: number }
  | { readonly id: number; readonly result: ImportResult }
  | { readonly id: number; readonly rest: ImportRest };

interface Pending {
  readonly job: ImportJob;
  readonly onProgress: (fraction: number) => void;
  readonly resolve: (result: ImportResult) => void;
  readonly onRest?: (rest: ImportRest) => void;
  /** The first step arrived: only the rest is awaited. */
  first?: boolean;
}

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/** Once the page has drawn what it was given (after the next frame), or soon where none is. */
function afterPaint(then: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(then, 0));
  else setTimeout(then, 0);
}

/** The importer on this thread: where there is no worker (jsdom) or it failed to start. */
async function importHere(entry: Pending): Promise<void> {
  const { importDocument, importInSteps } = await import('../../deck/import/import-document.ts');
  const { job, onProgress, resolve, onRest } = entry;
  const { input, path, shape, fixes } = job;
  if (!onRest) {
    resolve(importDocument(input, { path, shape, fixes, onProgress }));
    return;
  }
  const { first, rest } = importInSteps(input, { path, shape, fixes, onProgress });
  resolve(first);
  if (rest) afterPaint(() => onRest(rest()));
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
    const { id } = event.data;
    const job = pending.get(id);
    if (!job) return;
    if ('progress' in event.data) job.onProgress(event.data.progress);
    else if ('rest' in event.data) {
      pending.delete(id);
      job.onRest?.(event.data.rest);
    } else if (job.onRest && event.data.result.pending) {
      // The preview is drawn first; the worker then makes the readings it skipped.
      job.first = true;
      job.resolve(event.data.result);
      afterPaint(() => {
        if (pending.has(id)) worker?.postMessage({ id, rest: 'send' } satisfies RestRequest);
      });
    } else {
      pending.delete(id);
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
 * new worker takes the jobs still waiting. A job whose preview arrived only drops its rest.
 */
function cancel(id: number): void {
  const job = pending.get(id);
  if (!job || !worker) return;
  pending.delete(id);
  if (job.first) {
    worker.postMessage({ id, rest: 'drop' } satisfies RestRequest);
    return;
  }
  worker.terminate();
  worker = undefined;
  const next = importWorker();
  for (const waiting of pending.values()) next?.postMessage(waiting.job);
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
 *
 * With `onRest`, the import is made in two steps (`importInSteps`): the result comes without
 * the readings that cannot win (`pending`), and once the page has drawn it, `onRest` gets the
 * card count of every reading and the lines they would make questions.
 */
export function runImport(
  input: string | Uint8Array,
  options: {
    path: string;
    shape?: ShapeName;
    fixes?: ImportFixes;
    onProgress?: (fraction: number) => void;
    onRest?: (rest: ImportRest) => void;
    signal?: AbortSignal;
  },
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const { path, shape, fixes, signal, onRest } = options;
    const job: ImportJob = { id: nextId++, input, path, shape, fixes, steps: !!onRest };
    const entry: Pending = { job, onProgress: options.onProgress ?? (() => {}), resolve, onRest };
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
