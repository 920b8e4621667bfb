import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { repairWindows1252 } from '../../src/deck/import/windows-1252.ts';

const DOC = '# Notes\n\n## What’s a “closure”?\n\nA function — with its scope. Café naïve 🧠\n';
const encode = (text: string) => new TextEncoder().encode(text);
// Windows-1252's bytes 0x80–0x9F; the rest of the high half is Latin-1. (Node's TextDecoder
// reads "windows-1252" as Latin-1, so the table is spelled out here.)
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** What a Windows-1252 (or Mac Roman) reader shows for UTF-8 bytes: the mistake being undone. */
function misread(text: string, as: string): string {
  if (as === 'macintosh') return new TextDecoder(as).decode(encode(text));
  return [...encode(text)]
    .map((b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80] : String.fromCharCode(b)))
    .join('');
}

const run = (input: string | Uint8Array, path = 'notes.md') => importDocument(input, { path });
const rules = (result: ReturnType<typeof run>) =>
  result.messages.map((m) => [m.line, m.column, m.ruleId, m.severity]);

describe('importDocument: the envelope', () => {
  it('drops a BOM and reads CRLF and CR line ends, lines unchanged', () => {
    for (const input of [`\uFEFF${DOC}`, DOC.replace(/\n/g, '\r\n'), DOC.replace(/\n/g, '\r')]) {
      const result = run(input);
      expect(result.deck?.sections[0]?.cards[0]).toMatchObject({
        questionText: 'What’s a “closure”?',
        line: 3,
      });
      expect(result.messages).toEqual([]);
    }
  });

  it('reads UTF-16 files with a BOM', () => {
    const units = Array.from({ length: DOC.length }, (_, i) => DOC.charCodeAt(i));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(run(utf16).deck?.sections[0]?.cards[0]?.questionText).toBe('What’s a “closure”?');
  });

  it.each(['windows-1252', 'macintosh'])(
    'repairs UTF-8 that was read as %s, with a warning',
    (as) => {
      const result = run(misread(DOC, as));
      expect(result.deck?.sections[0]?.cards[0]).toMatchObject({
        questionText: 'What’s a “closure”?',
        answer: 'A function — with its scope. Café naïve 🧠',
      });
      expect(rules(result)).toEqual([[1, 1, 'encoding-repaired', 'warning']]);
    },
  );

  it('leaves text alone when it only looks mis-decoded in part (no unambiguous repair)', () => {
    // Correct text that also holds one mis-decoded word cannot be reversed as a whole.
    const mixed = `${DOC}\nAlso ${misread('’', 'windows-1252')} and a real — dash.\n`;
    expect(repairWindows1252(mixed)).toBeNull();
    const result = run(mixed);
    expect(result.messages).toEqual([]);
    expect(result.deck?.sections[0]?.cards[0]?.answer).toContain('naïve 🧠');
  });

  it('reads legacy Windows-1252 bytes (not UTF-8) as such, with a warning', () => {
    const bytes = Uint8Array.from(
      [...'## Caf\u00e9?\n\nOui \u0092s\n'].map((c) => c.charCodeAt(0)),
    );
    const result = run(bytes);
    expect(result.deck?.sections[0]?.cards[0]?.answer).toBe('Oui ’s');
    expect(rules(result)).toEqual([[1, 1, 'encoding-repaired', 'warning']]);
  });
});

describe('importDocument: bad input gets a clear message, never a crash', () => {
  it.each([
    ['an empty file', '', 'empty-file', /^Empty file/],
    ['blank lines only', '\n \n\t\n', 'empty-file', /^Empty file/],
    [
      'a zip (an .apkg or .docx)',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'binary-file',
      /^Binary file/,
    ],
    [
      'a PNG',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'binary-file',
      /^Binary file/,
    ],
    ['bytes with NULs', Uint8Array.from([0x41, 0, 0x42, 0]), 'binary-file', /^Binary file/],
    [
      'prose without questions',
      'Just some notes.\n\nNothing to ask here.\n',
      'no-cards',
      /^No questions found with any shape/,
    ],
  ])('%s', (_label, input, ruleId, reason) => {
    const result = run(input as string | Uint8Array);
    expect(result.deck).toBeNull();
    expect(result.messages.map((m) => [m.path, m.line, m.column, m.ruleId, m.severity])).toEqual([
      ['notes.md', 1, 1, ruleId, 'error'],
    ]);
    expect(result.messages[0]?.reason).toMatch(reason);
  });

  it('a 50 MB file is refused at once', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const started = performance.now();
    const result = run(big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.messages.map((m) => m.reason)).toEqual([
      'File of 50.0 MB, expected at most 10 MB of questions and answers',
    ]);
  });

  it('pathological markdown is refused before parsing, at its line', () => {
    const result = run(`## Q?\n\n${'*_'.repeat(50_000)}\n`);
    expect(result.deck).toBeNull();
    expect(rules(result)).toEqual([[3, 1, 'pathological-markdown', 'error']]);
  });

  it('hostile HTML stays text: no script, no javascript: link, in any shape', () => {
    const anki =
      '#separator:tab\n#html:true\nWhat is XSS?<script>alert(1)</script>\t<a href="javascript:alert(1)">click</a> <img src=x onerror=alert(1)> <b onclick="x()">bold</b>\n';
    const markdown =
      '## What is XSS?\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n';
    const fromAnki = run(anki, 'x.txt');
    expect(fromAnki.deck?.sections[0]?.cards[0]).toMatchObject({
      question: 'What is XSS?',
      answer: 'click [x](x) **bold**',
    });
    // Markdown answers keep their text; the app renders them without raw HTML and with safe links.
    expect(run(markdown).deck?.sections[0]?.cards).toHaveLength(1);
  });

  it('answers over the size cap are not imported, the others are', () => {
    const huge = 'word '.repeat(5000);
    const result = run(`## Short?\n\nYes.\n\n## Long?\n\n${huge}\n`);
    expect(result.deck?.sections[0]?.cards.map((c) => c.questionText)).toEqual(['Short?']);
    expect(rules(result)).toEqual([[5, 1, 'answer-too-large', 'error']]);
  });

  it('duplicate questions get unique, stable ids and a warning each', () => {
    const source = '## What is X?\n\nOne.\n\n## What is X?\n\nTwo.\n\n## What is X?\n\nThree.\n';
    const first = run(source);
    expect(first.deck?.sections[0]?.cards.map((c) => c.id)).toEqual([
      'what-is-x',
      'what-is-x-2',
      'what-is-x-3',
    ]);
    expect(rules(first)).toEqual([
      [5, 1, 'duplicate-question', 'warning'],
      [9, 1, 'duplicate-question', 'warning'],
    ]);
    expect(run(source).deck).toEqual(first.deck);
  });

  it('a question repeated thousands of times, and one whose slug looks like a copy, stay apart', () => {
    // Q: lines in plain text; the fourth copy's slot is taken by a question of its own.
    const lines = ['Q: What is X 4?', 'A: Its own card.'];
    for (let i = 0; i < 3000; i++) lines.push('Q: What is X?', `A: Copy ${i}.`);
    const result = run(lines.join('\n'));
    const ids = result.deck?.sections.flatMap((s) => s.cards.map((c) => c.id)) ?? [];
    expect(ids).toHaveLength(3001);
    expect(new Set(ids).size).toBe(3001);
    expect(ids.slice(0, 6)).toEqual([
      'what-is-x-4',
      'what-is-x',
      'what-is-x-2',
      'what-is-x-3',
      'what-is-x-5',
      'what-is-x-6',
    ]);
    expect(ids.at(-1)).toBe('what-is-x-3001');
    expect(rules(result).filter(([, , rule]) => rule === 'duplicate-question')).toHaveLength(2999);
  });

  it('warns at the line of an unclosed code fence that swallows the questions after it', () => {
    const result = run('## One?\n\n```\ncode\n\n## Two?\n\nA\n');
    expect(result.deck?.sections[0]?.cards.map((c) => c.questionText)).toEqual(['One?']);
    expect(rules(result)).toEqual([[3, 1, 'unclosed-code-fence', 'warning']]);
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    importDocument('## Q?\n\nA\n', { path: 'p.md', onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
