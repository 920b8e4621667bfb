/** A user's deck in the deck format: two cards on Go, in one section. */
export const GO_NOTES = [
  '# Go notes',
  '',
  '## Concurrency',
  '',
  '### What is a goroutine?',
  '',
  'A light thread; a cold start costs little.',
  '',
  '### What is a channel?',
  '',
  'A typed pipe between goroutines.',
  '',
].join('\n');
