import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/deck/index.ts';
import {
  decodeOwnAnswers,
  extractKeyPoints,
  matchAnswer,
  MAX_OWN_ANSWER_CHARS,
  mergeOwnAnswers,
  ownAnswerProblem,
  ownAnswersToMarkdown,
  setOwnAnswer,
  type OwnAnswers,
} from '../../src/deck/key-points/index.ts';

const MONDAY = Date.UTC(2026, 10, 23, 9, 0);
const TUESDAY = Date.UTC(2026, 10, 24, 9, 0);
const KEY = 'aws/what-is-a-vpc';

describe('own answers', () => {
  it('are set per card, with \\n line endings and the edit time', () => {
    const answers = setOwnAnswer({}, KEY, 'An isolated network\r\nfor my resources', MONDAY);
    expect(answers).toEqual({
      [KEY]: { text: 'An isolated network\nfor my resources', at: MONDAY },
    });
  });

  it('are cleared to empty text that still carries its time, so an older copy cannot return', () => {
    const old = setOwnAnswer({}, KEY, 'first draft', MONDAY);
    const cleared = setOwnAnswer(old, KEY, '  \n ', TUESDAY);
    expect(cleared[KEY]).toEqual({ text: '', at: TUESDAY });
    expect(mergeOwnAnswers(cleared, old)[KEY]).toEqual({ text: '', at: TUESDAY });
  });

  it('have a clear limit, said before saving', () => {
    expect(ownAnswerProblem('a'.repeat(MAX_OWN_ANSWER_CHARS))).toBeNull();
    expect(ownAnswerProblem('a'.repeat(MAX_OWN_ANSWER_CHARS + 1))).toBe(
      'Your answer is 20,001 characters, expected at most 20,000',
    );
    expect(() => setOwnAnswer({}, KEY, 'a'.repeat(MAX_OWN_ANSWER_CHARS + 1), MONDAY)).toThrow(
      RangeError,
    );
  });

  it('merge to the newer edit per card, the same whichever side merges', () => {
    const a: OwnAnswers = {
      [KEY]: { text: 'old', at: MONDAY },
      'aws/only-a': { text: 'x', at: MONDAY },
    };
    const b: OwnAnswers = {
      [KEY]: { text: 'new', at: TUESDAY },
      'aws/only-b': { text: 'y', at: MONDAY },
    };
    const expected = {
      [KEY]: { text: 'new', at: TUESDAY },
      'aws/only-a': { text: 'x', at: MONDAY },
      'aws/only-b': { text: 'y', at: MONDAY },
    };
    expect(mergeOwnAnswers(a, b)).toEqual(expected);
    expect(mergeOwnAnswers(b, a)).toEqual(expected);
    const tieA = { [KEY]: { text: 'short', at: MONDAY } };
    const tieB = { [KEY]: { text: 'longer text', at: MONDAY } };
    expect(mergeOwnAnswers(tieA, tieB)).toEqual(mergeOwnAnswers(tieB, tieA));
  });

  it('decode what is valid and keep bad entries aside with a reason', () => {
    // As read from a file: JSON.parse makes "__proto__" an ordinary key, not the prototype.
    const saved = JSON.parse(
      JSON.stringify({
        [KEY]: { text: 'fine', at: MONDAY },
        'not a key': { text: 'x', at: MONDAY },
        'aws/no-time': { text: 'x' },
        'aws/no-text': { at: MONDAY },
      }).replace(/}$/, `,"__proto__":{"text":"x","at":${MONDAY}}}`),
    ) as unknown;
    const { answers, rejected } = decodeOwnAnswers(saved);
    expect(answers).toEqual({ [KEY]: { text: 'fine', at: MONDAY } });
    expect(rejected.map((r) => r.reason)).toEqual([
      '"not a key" is not a card key',
      'the answer to aws/no-time has no valid edit time',
      'the answer to aws/no-text has no text',
      '"__proto__" is not a card key',
    ]);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(decodeOwnAnswers(undefined)).toEqual({ answers: {}, rejected: [] });
    expect(decodeOwnAnswers([1]).rejected[0]?.reason).toBe('own answers should be an object');
  });

  it('export as markdown in deck order, quoted so that they never start a card', () => {
    const source = [
      '# Cloud',
      '',
      '## Network',
      '',
      '### What is a VPC?',
      '',
      'A private network.',
      '',
      '### What is a subnet?',
      '',
      'A range of a VPC.',
      '',
    ].join('\n');
    const { deck } = parseDeck(source, 'content/aws.md');
    if (!deck) throw new Error('deck did not parse');
    const answers = setOwnAnswer(
      {},
      'aws/what-is-a-vpc',
      'My own network\n\n# not a heading',
      MONDAY,
    );
    const markdown = ownAnswersToMarkdown(deck, answers);
    expect(markdown).toBe(
      [
        '# Cloud: my answers',
        '',
        '## Network',
        '',
        '### What is a VPC?',
        '',
        '> My own network',
        '>',
        '> # not a heading',
        '',
      ].join('\n'),
    );
  });

  it('can be checked against the card’s key points like a typed answer', () => {
    const points = extractKeyPoints(
      '- ECS: AWS-managed container orchestration\n- EKS: Managed Kubernetes cluster',
    );
    const result = matchAnswer('ECS runs my Docker containers; EKS is k8s', points);
    expect(result.covered.map((c) => c.point.text)).toEqual([
      'ECS: AWS-managed container orchestration',
      'EKS: Managed Kubernetes cluster',
    ]);
  });
});
