import { describe, expect, it } from 'vitest';
import { createBackup, planRestore } from '../../src/store/backup/backup.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/store/progress/progress.ts';
import { scheduler, T0 } from '../support/progress-fixtures.ts';

const KNOWN = new Set(['aws/what-is-aws', 'aws/what-is-ec2']);

function progressWith(cards: string[]): Progress {
  const log = cards.map((card, i) => ({
    id: `r${i}`,
    card,
    grade: 3 as const,
    time: T0 + i * 1000,
    before: null,
  }));
  return {
    ...EMPTY_PROGRESS,
    cards: Object.fromEntries(
      cards.map((card, i) => [card, scheduler.grade(null, 3, T0 + i * 1000)]),
    ),
    log,
  };
}

const backupOf = (cards: string[]) => createBackup(progressWith(cards), T0);

describe('planRestore', () => {
  it('summarises a valid backup before anything changes', () => {
    const plan = planRestore(
      backupOf(['aws/what-is-aws', 'aws/what-is-ec2']),
      KNOWN,
      progressWith(['aws/what-is-aws']),
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.summary).toMatchObject({
      reviews: 2,
      cards: 2,
      unknownCards: 0,
      currentReviews: 1,
      firstReview: T0,
    });
    expect(plan.progress.log).toHaveLength(2);
  });

  it('keeps progress for cards that are not in any deck here', () => {
    const plan = planRestore(
      backupOf(['aws/what-is-aws', 'retired/old-card']),
      KNOWN,
      EMPTY_PROGRESS,
    );
    expect(plan.ok && plan.summary.unknownCards).toBe(1);
    expect(plan.ok && Object.keys(plan.progress.cards)).toContain('retired/old-card');
  });

  it.each([
    ['not JSON', 'this is not json', /not JSON/],
    [
      'another app',
      JSON.stringify({ app: 'anki', kind: 'progress', version: 1 }),
      /not a PrepDeck progress backup/,
    ],
    [
      'a newer version',
      backupOf(['aws/what-is-aws']).replace(/"version":\d+/, '"version":7'),
      /newer version of PrepDeck \(format 7\)/,
    ],
    [
      'damaged data',
      backupOf(['aws/what-is-aws']).replace('"log":[[', '"log":[["bad id!",'),
      /damaged/,
    ],
    ['other decks only', backupOf(['python/what-is-gil']), /other decks only \(python\)/],
    [
      'a __proto__ key',
      '{"__proto__":{"x":1},"app":"prepdeck","kind":"progress","version":1}',
      /forbidden keys/,
    ],
  ])('refuses %s with a clear reason', (_label, text, reason) => {
    const plan = planRestore(text, KNOWN, EMPTY_PROGRESS);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toMatch(reason);
  });
});

describe('own answers in a backup', () => {
  const notes = { 'aws/what-is-aws': { text: 'Rented computers', at: T0 } };

  it('are written to the file and read back for the notes store to merge', () => {
    const text = createBackup(progressWith(['aws/what-is-aws']), T0, notes);
    expect(JSON.parse(text)).toMatchObject({ notes });
    const plan = planRestore(text, KNOWN, EMPTY_PROGRESS);
    expect(plan.ok && plan.notes).toEqual(notes);
  });

  it('are absent from an older backup, which still restores', () => {
    const text = backupOf(['aws/what-is-aws']);
    expect(text).not.toContain('notes');
    const plan = planRestore(text, KNOWN, EMPTY_PROGRESS);
    expect(plan.ok).toBe(true);
    expect(plan.ok && plan.notes).toBeNull();
  });
});
