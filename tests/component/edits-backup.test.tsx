// @vitest-environment jsdom
// Card edits travel in backups: a restore and a merge bring them, the later change of each part
// winning, and both say so before and after.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
vi.mock('../../src/store/backup/download.ts', () => ({
  downloadProgress: () => undefined,
  downloadText: () => undefined,
}));

const { BackupPanel } = await import('../../src/features/settings/backup-panel.tsx');
const { createBackup } = await import('../../src/store/backup/backup.ts');
const { EMPTY_PROGRESS } = await import('../../src/store/progress/progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');
const { findCard, openLibrary } = await import('../../src/store/decks/index.ts');
const { cardText } = await import('../../src/deck/edits/edit-check.ts');
const { withSuspended, withTags, withText } = await import('../../src/deck/edits/card-edit.ts');

const CARD = 'aws-backend-interview/what-is-aws';
const scheduler = schedulerFor(0.9);
const HOUR = 3_600_000;

/** A backup made on another device where `key` was rewritten, tagged and suspended an hour ago. */
async function backupWithEdit(key: string): Promise<File> {
  const lib = await openLibrary();
  const original = await lib.originalText(key);
  if (!original) throw new Error(`no card ${key}`);
  const mine = cardText(
    'What is AWS, in one line?',
    '',
    'Amazon’s cloud: rented computers and services.',
  );
  const edit = withSuspended(
    withTags(withText(undefined, mine, original, clock.time - HOUR), ['cloud'], clock.time - HOUR),
    true,
    clock.time - HOUR,
  );
  const progress = {
    ...EMPTY_PROGRESS,
    cards: { [CARD]: scheduler.grade(null, 3, clock.time - 86_400_000) },
    log: [{ id: 'b1', card: CARD, grade: 3 as const, time: clock.time - 86_400_000, before: null }],
  };
  const text = createBackup(progress, clock.time, undefined, undefined, null, {
    [key]: edit,
    'not a key': edit,
  });
  return new File([text], 'backup.json', { type: 'application/json' });
}

beforeEach(() => {
  resetStores();
});

describe('card edits in a backup', () => {
  it('a restore says it holds them, brings them, and the card shows the text, tags and suspension', async () => {
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Restore from a file…'), await backupWithEdit(CARD));
    expect(
      await screen.findByText(/It holds edits of 1 card \(text, tags, suspensions\)/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const done = await screen.findByText(/Edits of 1 card merged with yours\./);
    expect(done).toHaveTextContent('1 card edit in the file could not be read and was skipped');
    expect(findCard(CARD)?.card).toMatchObject({
      questionText: 'What is AWS, in one line?',
      tags: ['cloud'],
      suspended: true,
      edited: true,
    });
  });

  it('a merge lists them before, and a change made here later than the file’s is kept', async () => {
    const key = 'aws-backend-interview/what-is-auto-scaling';
    const file = await backupWithEdit(key);
    const lib = await openLibrary();
    // Here, after the other device's change: unsuspended and tagged differently.
    await lib.setSuspended(key, false, clock.time);
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Merge from a file…'), file);
    expect(
      await screen.findByText(/Card edits: 1 card edited, tagged, suspended or buried there/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/Edits of 1 card merged with yours\./)).toBeVisible();
    const card = findCard(key)?.card;
    expect(card).toMatchObject({ questionText: 'What is AWS, in one line?', tags: ['cloud'] });
    expect(card?.suspended).toBeUndefined();
  });
});
