import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repairMacRoman } from '../../src/deck/mac-roman.ts';

// A byte-for-byte copy of ../shared/source/aws-backend-interview-qa.original.txt, kept in the
// repository so that a clone anywhere can check the deck against the document as received.
export const SOURCE_PATH = fileURLToPath(
  new URL('../fixtures/aws-backend-interview-qa.original.txt', import.meta.url),
);
export const DECK_PATH = fileURLToPath(
  new URL('../../content/aws-backend-interview.md', import.meta.url),
);

export interface SourceQA {
  readonly number: number;
  readonly question: string;
  readonly answer: string;
}

export interface SourceSection {
  readonly title: string;
  readonly qas: SourceQA[];
}

/**
 * Reads the source document the way a person does: emoji-marked numbered lines are
 * sections, "N. Question" lines are questions (the two trailing ones are "# N ..."), and
 * everything in between is the answer. Independent of the deck parser on purpose.
 */
export function readAwsSource(): SourceSection[] {
  const text = repairMacRoman(readFileSync(SOURCE_PATH, 'utf8'));
  const lines = text.split('\n');
  const sections: SourceSection[] = [];
  let current: { number: number; question: string; answer: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    sections.at(-1)?.qas.push({ ...current, answer: current.answer.join('\n').trim() });
    current = null;
  };
  let trailing = false;
  for (const line of lines.slice(1)) {
    const trailingQuestion = /^# (\d+)\.?\s+(.+)$/.exec(line);
    const section = trailing ? null : /^(\S+) \d+\. (.+)$/.exec(line);
    const question = trailing ? null : /^(?:### )?(\d+)\. (.+)$/.exec(line);
    if (trailingQuestion) {
      flush();
      if (!trailing) sections.push({ title: '', qas: [] });
      trailing = true;
      current = {
        number: Number(trailingQuestion[1]),
        question: trailingQuestion[2] ?? '',
        answer: [],
      };
    } else if (section && /[^\p{ASCII}]/u.test(section[1] ?? '')) {
      flush();
      sections.push({ title: `${section[1]} ${section[2]}`, qas: [] });
    } else if (question) {
      flush();
      current = { number: Number(question[1]), question: question[2] ?? '', answer: [] };
    } else {
      current?.answer.push(line);
    }
  }
  flush();
  return sections;
}

/** Words as a reader sees them: letters and digits, case folded; markup and layout ignored. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
