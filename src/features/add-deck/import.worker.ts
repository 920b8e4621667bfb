// Importing a large document takes from tenths of a second to seconds: it runs here, off the
// main thread, so the page never freezes; progress is posted as it goes. In two steps, the
// readings that cannot win are made only when the page asks for them, once it has drawn the
// preview.
import { importDocument, importInSteps } from '../../deck/import/import-document.ts';
import type { ImportRest } from '../../deck/import/types.ts';
import type { ImportJob, ImportReply, RestRequest } from './run-import.ts';

/**
 * Progress is posted at most this often: each post redraws the preview on the page, and a
 * 1 MB document is read in under half a second, so a post per reading only kept the page busy.
 */
const PROGRESS_EVERY_MS = 100;

/** The second steps not asked for yet, by job. */
const rests = new Map<number, () => ImportRest>();

self.onmessage = (event: MessageEvent<ImportJob | RestRequest>) => {
  const reply = (message: ImportReply) => self.postMessage(message);
  if ('rest' in event.data) {
    const { id, rest } = event.data;
    const make = rests.get(id);
    rests.delete(id);
    if (make && rest === 'send') reply({ id, rest: make() });
    return;
  }
  const { id, input, path, shape, fixes, steps } = event.data;
  let posted = performance.now();
  const options = {
    path,
    shape,
    fixes,
    onProgress: (fraction: number) => {
      const now = performance.now();
      if (now - posted < PROGRESS_EVERY_MS) return;
      posted = now;
      reply({ id, progress: fraction });
    },
  };
  if (!steps) {
    reply({ id, result: importDocument(input, options) });
    return;
  }
  const { first, rest } = importInSteps(input, options);
  if (rest) rests.set(id, rest);
  reply({ id, result: first });
};
