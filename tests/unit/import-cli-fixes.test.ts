import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { FOLLOW_UP, NODE_README, WHO } from '../support/nodejs-readme.ts';

// The preview's fixes from the command line: the same deck as the browser for the same file.

const importer = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

const questions = (out: string) =>
  (JSON.parse(out) as { decks: { sections: { cards: { questionText: string }[] }[] }[] }).decks
    .flatMap((d) => d.sections)
    .flatMap((s) => s.cards.map((c) => c.questionText));

function files() {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-fixes-'));
  const readme = path.join(dir, 'README.md');
  writeFileSync(readme, NODE_README);
  return { dir, readme };
}

// Each test starts the CLI (node + tsx) up to three times: seconds each on a busy machine.
describe('npm run import with fixes', { timeout: 60_000 }, () => {
  it('--drop and --not-question give the deck the preview gives', () => {
    const { readme } = files();
    const { code, out, err } = importer(
      readme,
      '--json',
      '--drop',
      WHO,
      `--not-question=${FOLLOW_UP}`,
    );
    expect(code).toBe(0);
    expect(err).toContain('read as headings: 4 cards in 1 section');
    const browser = importDocument(NODE_README, {
      path: readme,
      fixes: { drop: [WHO], notQuestions: [FOLLOW_UP] },
    });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify({ decks: [browser.deck] })));
    expect(questions(out)).toEqual([
      'What is the event loop?',
      'What does process.nextTick do?',
      'What is a stream?',
      'What is backpressure?',
    ]);
    // The follow-up is now part of the answer above it.
    expect(browser.deck?.sections[0]?.cards[1]?.answer).toContain(
      'setImmediate runs in the check phase',
    );
  });

  it('--rules reads a file of fixes as a deck keeps them; flags add to it', () => {
    const { dir, readme } = files();
    const rules = path.join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        notQuestions: [FOLLOW_UP],
        rename: [{ question: 'What is a stream?', to: 'What is a Node.js stream?' }],
      }),
    );
    const { code, out } = importer(readme, '--json', '--rules', rules, '--drop', WHO);
    expect(code).toBe(0);
    expect(questions(out)).toEqual([
      'What is the event loop?',
      'What does process.nextTick do?',
      'What is a Node.js stream?',
      'What is backpressure?',
    ]);
  });

  it('--question reads the whole document again so that the line, and its like, are questions', () => {
    const { dir } = files();
    const notes = path.join(dir, 'notes.md');
    // Bold questions under topic headings: read as bold questions, unless the topics are asked.
    writeFileSync(
      notes,
      [
        '# Interview notes',
        '',
        '## Event loop',
        '',
        '**What is the event loop?**',
        '',
        'One thread running callbacks as I/O completes.',
        '',
        '## Streams',
        '',
        '**What is a stream?**',
        '',
        'Data that arrives over time.',
        '',
      ].join('\n'),
    );
    expect(importer(notes).err).toContain('read as bold: 2 cards in 2 sections');
    const { code, out, err } = importer(notes, '--json', '--question', 'Event loop');
    expect(code).toBe(0);
    expect(err).toContain('read as headings: 2 cards');
    expect(questions(out)).toEqual(['Event loop', 'Streams']);
    expect(importer(notes, '--question', 'A line no reading asks')).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No questions found/),
    });
  });

  it('refuses a rules file it cannot use, and a flag without its text (exit 2)', () => {
    const { dir, readme } = files();
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ drop: 'Who is this list for?' }));
    expect(importer(readme, '--rules', bad)).toMatchObject({
      code: 2,
      err: `${bad}: Cannot use rules: drop is not a list\n`,
    });
    writeFileSync(bad, '{ not json');
    expect(importer(readme, '--rules', bad)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Cannot read rules: /),
    });
    expect(importer(readme, '--drop')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^--drop needs a question's text\. Usage:/),
    });
  });
});
