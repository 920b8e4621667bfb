import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/deck/import/import-document.ts';

// Real, openly licensed documents nobody here wrote (tests/fixtures/corpus/SOURCES.md), with
// their ground truth counted by hand and by two independent readers. The same comparison as
// `node ../shared/corpus/score.mjs`: the count exactly, the first, third and last question
// normalised at their edges.
const folder = new URL('../fixtures/corpus/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<
  string,
  { questions: number; first: string; third: string; last: string }
>;

/** Lower case, one space between words, no punctuation, symbols or emoji at either end. */
function normalise(text: string | undefined): string {
  const edge =
    /^[\s\p{P}\p{S}\p{Cf}\p{M}\p{Extended_Pictographic}\uFE0F\u200D]+|[\s\p{P}\p{S}\p{Cf}\p{M}\p{Extended_Pictographic}\uFE0F\u200D]+$/gu;
  return (text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(edge, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

describe('real documents come in right', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const bytes = readFileSync(fileURLToPath(new URL(file, folder)));
      const result = importDocument(bytes, { path: file });
      const questions = (result.deck?.sections ?? []).flatMap((s) =>
        s.cards.map((c) => c.questionText),
      );
      expect(questions).toHaveLength(want.questions);
      expect(normalise(questions[0])).toBe(normalise(want.first));
      expect(normalise(questions[2])).toBe(normalise(want.third));
      expect(normalise(questions.at(-1))).toBe(normalise(want.last));
    });
  }
});
