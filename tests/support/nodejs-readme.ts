/**
 * An interview README whose first reading is wrong in ways no importer can know: a heading that
 * asks about the list itself ("Who is this list for?") and a follow-up that belongs to the
 * answer above it. Both read as questions until the user says otherwise in the preview.
 */
export const NODE_README = [
  '# Node.js Interview Questions',
  '',
  'Questions I was asked in backend interviews, with the answers I gave.',
  '',
  '## Who is this list for?',
  '',
  'Backend developers preparing for a Node.js interview. Pull requests are welcome.',
  '',
  '## What is the event loop?',
  '',
  'The loop that lets Node.js run non-blocking I/O on a single thread.',
  '',
  '## What does process.nextTick do?',
  '',
  'It queues a callback to run before the event loop continues.',
  '',
  '## Follow-up: is it the same as setImmediate?',
  '',
  'No: setImmediate runs in the check phase, after I/O callbacks.',
  '',
  '## What is a stream?',
  '',
  'A collection of data that might not be available all at once.',
  '',
  '## What is backpressure?',
  '',
  'When data arrives faster than it can be written, the writer asks the reader to pause.',
  '',
].join('\n');

export const WHO = 'Who is this list for?';
export const FOLLOW_UP = 'Follow-up: is it the same as setImmediate?';

/** The next version of the README: one answer reworded, one question added at the end. */
export const NODE_README_V2 = NODE_README.replace(
  'the writer asks the reader to pause.',
  'the writable returns false and the readable pauses until "drain".',
).concat(
  [
    '',
    '## What is a transform stream?',
    '',
    'A duplex stream whose output is computed from its input, like gzip.',
    '',
  ].join('\n'),
);
