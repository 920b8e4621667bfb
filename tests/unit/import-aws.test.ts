import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/index.ts';
import { importDocument } from '../../src/deck/import/import-document.ts';
import { DECK_PATH, SOURCE_PATH, words } from '../support/aws-source.ts';

const authored = parseDeck(readFileSync(DECK_PATH, 'utf8'), 'content/aws-backend-interview.md');
const authoredCards = authored.deck?.sections.flatMap((s) => s.cards) ?? [];
const imported = importDocument(readFileSync(SOURCE_PATH), {
  path: 'aws-backend-interview-qa.original.txt',
});
const importedCards = imported.deck?.sections.flatMap((s) => s.cards) ?? [];

/** Questions compared as a reader would: case, spacing and numbering aside. */
const same = (text: string) => words(text).join(' ');

describe('importing the AWS source as received (Mac Roman mojibake, plain text)', () => {
  it('repairs the encoding and says so', () => {
    expect(imported.shape).toBe('text');
    expect(imported.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['encoding-repaired', 'warning'],
    ]);
    expect(JSON.stringify(imported.deck)).not.toMatch(/‚Ä|Ô∏|üü/);
  });

  it('finds the same 52 questions as content/aws-backend-interview.md, in order', () => {
    expect(importedCards).toHaveLength(52);
    expect(importedCards.map((c) => same(c.questionText))).toEqual(
      authoredCards.map((c) => same(c.questionText)),
    );
  });

  it('keeps the source sections, their emoji and each question line', () => {
    expect(imported.deck?.sections.map((s) => s.title)).toEqual(
      authored.deck?.sections.slice(0, 8).map((s) => s.title.replace(/^(\S+) /, '$1 ')),
    );
    expect(importedCards.slice(0, 3).map((c) => c.line)).toEqual([4, 8, 20]);
    expect(importedCards.at(-1)?.line).toBe(404);
  });

  it('has every word of each authored answer in the imported one (the chat offer aside)', () => {
    for (const [i, card] of authoredCards.entries()) {
      const have = new Set(words(importedCards[i]?.answer ?? ''));
      // The authored deck added fence languages and numbered one list; those words are its own.
      const authoredText = card.answer.replace(/^```\w*$/gm, '').replace(/^\d+\. /gm, '');
      const missing = words(authoredText).filter((w) => !have.has(w));
      expect({ id: card.id, missing }).toEqual({ id: card.id, missing: [] });
    }
  });

  it('turns tab-separated comparisons into tables', () => {
    const ec2 = importedCards.find((c) => c.id === 'what-is-the-difference-between-ec2-and-lambda');
    expect(ec2?.answer).toBe(
      [
        '| Feature | EC2 | Lambda |',
        '| --- | --- | --- |',
        '| Management | User-managed | Fully managed |',
        '| Pricing | Per uptime | Per request |',
        '| Scaling | Manual/auto | Automatic |',
        '| Use case | Persistent app | Event-driven tasks |',
      ].join('\n'),
    );
  });
});
