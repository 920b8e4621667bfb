/**
 * Importer throughput on generated 1 MB documents, one per common shape: part of
 * `npm run bench`, or alone with `npx tsx bench/import.ts`.
 * Median of several runs after a warm-up, in ms and MB/s, with the cards found.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
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
  for (let n = 1, size = 0; size < TARGET_BYTES; n++) {
    const before = parts.length;
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
    for (const line of parts.slice(before)) size += line.length + 1;
  }
  return parts.join('\n');
}

/** The same volume as plain `N. Question?` lines with answers below. */
function plainText(): string {
  const lines = ['Generated questions', ''];
  for (let n = 1, size = 0; size < TARGET_BYTES; n++) {
    const before = lines.length;
    lines.push(
      `${n}. What is concept number ${n}?`,
      '',
      `It is the ${n}th concept, explained in a sentence or two.`,
      'A second line of the answer.',
      '',
    );
    for (const line of lines.slice(before)) size += line.length + 1;
  }
  return lines.join('\n');
}

export interface ImportFigure {
  readonly document: string;
  readonly mb: number;
  readonly ms: number;
  readonly mbPerSecond: number;
  readonly cards: number;
  readonly shape: string | null;
}

function measure(name: string, text: string): ImportFigure {
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
  const ms = times[Math.floor(times.length / 2)] ?? 0;
  const mb = bytes.byteLength / 1024 / 1024;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    document: name,
    mb: round(mb),
    ms: Math.round(ms),
    mbPerSecond: round(mb / (ms / 1000)),
    cards,
    shape,
  };
}

/** The importer on a 1 MB README, plain text and Anki text export. */
export function importThroughput(): ImportFigure[] {
  const markdown = readme();
  const figures = [measure('readme', markdown), measure('plain-text', plainText())];
  const deck = importDocument(markdown, { path: 'readme.md' }).deck;
  if (deck) figures.push(measure('anki-text', exportAnki(deck)));
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    `load average ${loadavg()[0]?.toFixed(1)} (figures scale with it on a shared machine)`,
  );
  for (const f of importThroughput()) {
    console.log(
      `${f.document.padEnd(11)} ${f.mb.toFixed(2)} MB  ${String(f.ms).padStart(5)} ms  ${f.mbPerSecond.toFixed(2).padStart(6)} MB/s  ${f.cards} cards (${f.shape})`,
    );
  }
}
