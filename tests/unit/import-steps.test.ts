import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reactReadme, readme } from '../../bench/import.ts';
import type { ImportFixes } from '../../src/deck/import/fixes.ts';
import { importDocument, importInSteps } from '../../src/deck/import/import-document.ts';
import { maxScore, withRest } from '../../src/deck/import/readings.ts';
import type { ImportResult, ShapeName } from '../../src/deck/import/types.ts';

// An import in two steps skips the readings whose score bound is below the best score found:
// its first step must show what `importDocument` shows, and both steps together must give
// exactly what it gives, for every document there is.
const folders = ['tests/fixtures/corpus', 'tests/fixtures/import', 'tests/fixtures/import-wild'];
const files = [
  ...folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => /\.(?:md|mdx|txt|csv|tsv)$/.test(name) && name !== 'SOURCES.md')
      .map((name) => `${folder}/${name}`),
  ),
  'content/aws-backend-interview.md',
];
const documents: [string, string | Uint8Array][] = [
  ...files.map((file): [string, Uint8Array] => [file, readFileSync(file)]),
  ['bench: README-shaped', readme()],
  ['bench: React-style README', reactReadme()],
];

/** What the preview draws first: everything but the counts of "Read as" and the lines offered. */
const preview = ({ deck, shape, messages, confidence }: ImportResult) => ({
  deck,
  shape,
  messages,
  confidence,
});

function bothWays(input: string | Uint8Array, path: string, fixes?: ImportFixes) {
  const whole = importDocument(input, { path, fixes });
  const steps = importInSteps(input, { path, fixes });
  const done = steps.rest ? withRest(steps.first, steps.rest()) : steps.first;
  return { whole, steps, done };
}

function expectSame(input: string | Uint8Array, path: string, fixes?: ImportFixes) {
  const { whole, steps, done } = bothWays(input, path, fixes);
  expect(preview(steps.first)).toEqual(preview(whole));
  expect(done).toEqual(whole);
  const winner = whole.shapesConsidered[0]?.score ?? -Infinity;
  for (const [shape, bound] of Object.entries(steps.bounds)) {
    // The bound holds: no reading scores more than it.
    const found = whole.shapesConsidered.find((s) => s.shape === shape);
    if (found) expect(found.score).toBeLessThanOrEqual(bound);
    // A reading is skipped only when its bound is below the winner's score.
    if (steps.first.pending?.includes(shape as ShapeName)) expect(bound).toBeLessThan(winner);
  }
  return steps;
}

describe('importInSteps: the same result as importDocument', () => {
  it.each(documents)('%s', (path, input) => {
    expectSame(input, path.split('/').pop() ?? path);
  });

  it('the bench README skips all but headings (the deck format wins), the React README all but the list', () => {
    expect(importInSteps(readme(), { path: 'readme.md' }).first.pending).toEqual([
      'list',
      'table',
      'bold',
      'text',
    ]);
    // Its table of contents is a table: the table reading's bound is not below the list's score.
    expect(importInSteps(reactReadme(), { path: 'react.md' }).first.pending).toEqual([
      'headings',
      'bold',
      'text',
    ]);
  });

  it('with fixes: marked questions, splits, drops and renames', () => {
    const input = readFileSync('tests/fixtures/import/github-readme.md');
    const steps = expectSame(input, 'github-readme.md', {
      notQuestions: ['What is the event loop?'],
      drop: ['What is Node.js?'],
      splits: [{ question: 'How do you read a file without blocking?', line: 'fs.readFile' }],
      rename: [{ question: 'What is the difference between require and import?', to: 'Modules' }],
    });
    expect(steps.first.deck).not.toBeNull();
    for (const file of files.slice(0, 6)) {
      const bytes = readFileSync(file);
      const first = importDocument(bytes, { path: file }).alternatives[0];
      if (first) expectSame(bytes, file, { questions: [first.question] });
    }
  });

  it('a forced shape reads that shape only, and nothing is pending', () => {
    const input = readme();
    const steps = importInSteps(input, { path: 'readme.md', shape: 'text' });
    expect(steps.first.shape).toBe('text');
    expect(steps.first.pending).toEqual([]);
    const rest = steps.rest?.() ?? { shapesConsidered: [], alternatives: [] };
    expect(withRest(steps.first, rest)).toEqual(
      importDocument(input, { path: 'readme.md', shape: 'text' }),
    );
  });
});

/** `n` headings that ask, each answered, with `bold` bold questions among the answers. */
function headingsWithBold(n: number, bold: number): string {
  const parts = ['# Notes', ''];
  for (let i = 1; i <= n; i++) {
    parts.push(`## What is thing ${i}?`, '', `Thing ${i} is a thing.`, '');
    if (i <= bold) parts.push(`**Why does thing ${i} matter?**`, '', 'Because it does.', '');
  }
  return parts.join('\n');
}

describe('the score bound', () => {
  it('is a card count times 2 times the weight, twice that with splits', () => {
    expect(maxScore('headings', 10, undefined)).toBe(20);
    expect(maxScore('text', 10, undefined)).toBe(18);
    expect(maxScore('bold', 10, { splits: [{ question: 'a', line: 'b' }] })).toBe(40);
  });

  it('close: bold one card short of the headings is skipped, yet scores just below them', () => {
    const steps = expectSame(headingsWithBold(6, 5), 'notes.md');
    expect(steps.first.shape).toBe('headings');
    expect(steps.first.pending).toContain('bold');
    expect(steps.bounds.bold).toBe(10);
    const done = withRest(
      steps.first,
      steps.rest?.() ?? { shapesConsidered: [], alternatives: [] },
    );
    expect(done.shapesConsidered.map((s) => [s.shape, s.score])).toEqual([
      ['headings', 12],
      ['bold', 10],
    ]);
    expect(done.alternatives.map((a) => a.question)).toContain('Why does thing 1 matter?');
  });

  it('equal: a bold reading that could tie the headings is read, and the tie goes to headings', () => {
    const steps = expectSame(headingsWithBold(6, 6), 'notes.md');
    expect(steps.bounds.bold).toBe(12);
    expect(steps.first.pending).not.toContain('bold');
    expect(steps.first.shape).toBe('headings');
    expect(steps.first.shapesConsidered.map((s) => [s.shape, s.score])).toEqual([
      ['headings', 12],
      ['bold', 12],
    ]);
  });

  it('a split doubles the bound, so a reading it could lift is read', () => {
    const fixes = { splits: [{ question: 'Why does thing 1 matter?', line: 'Because it does.' }] };
    const steps = expectSame(headingsWithBold(6, 5), 'notes.md', fixes);
    expect(steps.bounds.bold).toBe(20);
    expect(steps.first.pending).not.toContain('bold');
  });
});
