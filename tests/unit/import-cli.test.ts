import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH } from '../support/aws-source.ts';
import { fixturePath } from '../support/import-fixture.ts';

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const importer = (...args: string[]) => run('scripts/import.ts', ...args);

// Each test starts the CLI (node + tsx) up to three times: seconds each on a busy machine.
describe('npm run import', { timeout: 60_000 }, () => {
  it('prints the AWS source in the deck format, which the deck tool accepts as 52 cards', () => {
    const { code, out, err } = importer(SOURCE_PATH);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^# Top 50 AWS Interview Questions & Answers for Backend Developers\n\n## 🟢 AWS Basics\n\n### What is AWS\?\n/,
    );
    expect(err.split('\n').filter(Boolean)).toEqual([
      `${SOURCE_PATH}:1:1: warning: Repaired text that had been decoded as Mac Roman instead of UTF-8 (garbled quotes, dashes and emoji) [encoding-repaired]`,
      `${SOURCE_PATH}: read as text: 52 cards in 8 sections`,
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const deck = path.join(dir, 'aws.md');
    writeFileSync(deck, out);
    expect(run('scripts/decks.ts', deck)).toMatchObject({
      code: 0,
      out: 'aws: 52 cards in 8 sections\n',
    });
  });

  it('--json prints {"decks": […]} shaped like npm run decks -- --json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const deck = path.join(dir, 'table.md');
    writeFileSync(deck, importer(fixturePath('table.md')).out);
    // Lines differ (the table's rows against the written file's headings); nothing else may.
    const read = (json: string) => JSON.parse(json.replace(/"line": \d+/g, '"line": 0')) as unknown;
    const fromDecks = read(run('scripts/decks.ts', '--json', deck).out);
    const fromImport = read(importer(fixturePath('table.md'), '--json').out);
    expect(fromImport).toEqual(fromDecks);
    expect(fromImport).toMatchObject({
      decks: [{ id: 'table', sections: [{ cards: [{ line: 0 }, {}, {}] }] }],
    });
  });

  it('diagnostics are path:line:column: reason; exit 1 when no card could be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const file = path.join(dir, 'prose.txt');
    writeFileSync(file, 'Nothing to ask here.\n');
    const { code, out, err } = importer(file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1:1: No questions found with any shape`,
      ),
    );
  });

  it('warns about a question with no answer and still prints the rest', () => {
    const file = fixturePath('qa-text.txt');
    const { code, out, err } = importer(file);
    expect(code).toBe(0);
    expect(err).toContain(`${file}:13:1: warning: No answer for "What is a abstract class?"`);
    expect(out).toContain('### What does this print?\n\nint x = 5;');
    expect(out).toContain('<!-- answer -->\n\n12\n');
  });

  it('--shape forces a shape; --anki prints a file Anki imports; bad options exit 2', () => {
    expect(importer(fixturePath('github-readme.md'), '--shape', 'text').err).toContain(
      'read as text',
    );
    expect(importer(fixturePath('table.md'), '--anki').out).toMatch(
      /^#separator:tab\n#html:true\n/,
    );
    expect(importer(fixturePath('table.md'), '--shape', 'nope').code).toBe(2);
    expect(importer().code).toBe(2);
  });
});
