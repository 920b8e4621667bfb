/**
 * Importer throughput on generated 1 MB documents, one per common shape.
 *   npx tsx bench/import.ts
 * Prints MB/s for each (median of several runs, after a warm-up) and the cards found.
 */
import { loadavg } from 'node:os';
import { exportAnki } from '../src/deck/export/export-anki.ts';
import { importDocument } from '../src/deck/import/import-document.ts';

const TARGET_BYTES = 1024 * 1024;
const RUNS = 3;

/** A README-like document: sections, numbered `###` questions, prose, lists, code, back-to-top. */
function readme(): string {
  const parts = [
    '# Generated Interview Questions',
    '',
    '[![Badge](https://img.shields.io/badge/x-y-green.svg)](#)',
    '',
  ];
  for (let n = 1; parts.join('\n').length < TARGET_BYTES; n++) {
    if (n % 25 === 1) parts.push(`## Topic ${Math.ceil(n / 25)}`, '');
    parts.push(
      `### ${n}. What is concept number ${n} and why does it matter?`,
      '',
      `Concept ${n} is explained here with **bold**, \`code\` and a [link](https://example.com/${n}).`,
      '',
      '- first point about it',
      '- second point, with more words to read',
      '  - a nested detail',
      '',
      '```js',
      `const value${n} = compute(${n});`,
      '```',
      '',
      '**[⬆ Back to Top](#table-of-contents)**',
      '',
    );
  }
  return parts.join('\n');
}

/** The same volume as plain `N. Question?` lines with answers below. */
function plainText(): string {
  const lines = ['Generated questions', ''];
  for (let n = 1; lines.join('\n').length < TARGET_BYTES; n++) {
    lines.push(
      `${n}. What is concept number ${n}?`,
      '',
      `It is the ${n}th concept, explained in a sentence or two.`,
      'A second line of the answer.',
      '',
    );
  }
  return lines.join('\n');
}

function measure(name: string, text: string): void {
  const bytes = new TextEncoder().encode(text);
  const times: number[] = [];
  let cards = 0;
  let shape: string | null = null;
  importDocument(bytes, { path: `${name}.md` }); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = importDocument(bytes, { path: `${name}.md` });
    times.push(performance.now() - start);
    cards = result.deck?.sections.reduce((sum, s) => sum + s.cards.length, 0) ?? 0;
    shape = result.shape;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const mb = bytes.byteLength / 1024 / 1024;
  console.log(
    `${name.padEnd(11)} ${mb.toFixed(2)} MB  ${median.toFixed(0).padStart(5)} ms  ${(mb / (median / 1000)).toFixed(2).padStart(6)} MB/s  ${cards} cards (${shape})`,
  );
}

console.log(`load average ${loadavg()[0]?.toFixed(1)} (figures scale with it on a shared machine)`);
const markdown = readme();
measure('readme', markdown);
measure('plain-text', plainText());
const deck = importDocument(markdown, { path: 'readme.md' }).deck;
if (deck) measure('anki-text', exportAnki(deck));
