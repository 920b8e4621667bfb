// Importing a large document takes from tenths of a second to seconds: it runs here, off the
// main thread, so the page never freezes; progress is posted as it goes.
import { importDocument } from '../../deck/import/import-document.ts';
import type { ImportJob, ImportReply } from './run-import.ts';

self.onmessage = (event: MessageEvent<ImportJob>) => {
  const { id, input, path, shape, fixes } = event.data;
  const reply = (message: ImportReply) => self.postMessage(message);
  const result = importDocument(input, {
    path,
    shape,
    fixes,
    onProgress: (fraction) => reply({ id, progress: fraction }),
  });
  reply({ id, result });
};
