// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);
const downloads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/store/backup/download.ts', () => ({
  downloadProgress: () => downloads.count++,
  downloadText: () => downloads.count++,
}));

const { BackupPanel } = await import('../../src/features/settings/backup-panel.tsx');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { createBackup } = await import('../../src/store/backup/backup.ts');
const { EMPTY_PROGRESS } = await import('../../src/store/progress/progress.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

const CARD = 'aws-backend-interview/what-is-aws';
const scheduler = schedulerFor(0.9);

function backupFile(notes?: Record<string, { text: string; at: number }>): File {
  const progress = {
    ...EMPTY_PROGRESS,
    cards: { [CARD]: scheduler.grade(null, 3, clock.time - 86_400_000) },
    log: [{ id: 'b1', card: CARD, grade: 3 as const, time: clock.time - 86_400_000, before: null }],
  };
  return new File([createBackup(progress, clock.time, notes)], 'backup.json', {
    type: 'application/json',
  });
}

async function restore(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Restore from a file…'), backupFile());
  await user.click(await screen.findByRole('button', { name: 'Restore' }));
}

beforeEach(() => {
  resetStores();
  downloads.count = 0;
});

describe('back up and move', () => {
  it('offers each way once, with what it does beside it: download, link, merge, restore', () => {
    render(<BackupPanel />);
    const section = screen.getByRole('region', { name: 'Back up and move' });
    const items = within(section).getAllByRole('listitem');
    expect(
      items.map((li) => within(li).getByText(/^(Download|Make|Merge|Restore)/).textContent),
    ).toEqual(['Download a backup', 'Make a link', 'Merge from a file…', 'Restore from a file…']);
    expect(items.map((li) => li.querySelector('.hint')?.textContent)).toEqual([
      expect.stringMatching(/^A file of everything here/),
      expect.stringMatching(/link and a QR code/),
      expect.stringMatching(/nothing is replaced\.$/),
      expect.stringMatching(/^Replaces what is here/),
    ]);
    // Nothing else in the section downloads or reads a file.
    expect(within(section).getAllByRole('button')).toHaveLength(2);
    expect(section.querySelectorAll('input[type=file]')).toHaveLength(2);
  });
});

describe('restore', () => {
  it('in an empty browser says only that it restored: nothing was downloaded or kept', async () => {
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Restore from a file…'), backupFile());
    expect(await screen.findByText(/no progress in this browser yet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored.')).toBeVisible();
    expect(screen.queryByText(/downloaded/)).toBeNull();
    expect(downloads.count).toBe(0);
    expect(useProgress.getState().log).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Copies kept before a restore' })).toBeNull();
  });

  it('keeps the replaced progress as a copy listed in Settings, to restore or delete', async () => {
    const user = userEvent.setup();
    useProgress.getState().grade(CARD, 1, clock.time, scheduler);
    useProgress.storage.flush();
    const mine = useProgress.getState().log[0]?.id;
    render(<BackupPanel />);
    await restore(user);
    expect(await screen.findByText(/previous progress is kept in this browser/)).toBeVisible();
    expect(useProgress.getState().log.map((r) => r.id)).toEqual(['b1']);

    const copies = screen.getByRole('region', { name: 'Copies kept before a restore' });
    expect(within(copies).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(copies).getByRole('button', { name: 'Restore this copy' }));
    expect(useProgress.getState().log.map((r) => r.id)).toEqual([mine]);
    // Restoring the copy kept the backup's progress as a copy in turn: delete it.
    const items = within(copies).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    await user.click(within(copies).getByRole('button', { name: 'Delete…' }));
    await user.click(within(copies).getByRole('button', { name: 'Delete for good' }));
    expect(within(copies).queryAllByRole('listitem')).toHaveLength(0);
    expect(Object.keys(localStorage).filter((k) => k.includes('before-restore'))).toEqual([]);
  });
});

describe('restoring own answers', () => {
  it('merges them with yours card by card, the newer edit kept, and says how many', async () => {
    const user = userEvent.setup();
    const { useNotes } = await import('../../src/store/notes/notes-store.ts');
    const S3 = 'aws-backend-interview/what-is-auto-scaling';
    useNotes.getState().write(CARD, 'mine, written after the backup', clock.time);
    render(<BackupPanel />);
    await user.upload(
      screen.getByLabelText('Restore from a file…'),
      backupFile({
        [CARD]: { text: 'older, from the file', at: clock.time - 60_000 },
        [S3]: { text: 'only in the file', at: clock.time - 60_000 },
        'not a key': { text: 'x', at: 1 },
      }),
    );
    expect(await screen.findByText(/It also holds 2 own answers, merged with yours/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(/2 own answers merged with yours/)).toHaveTextContent(
      '1 answer in the file could not be read and was skipped.',
    );
    expect(useNotes.getState().answers[CARD]?.text).toBe('mine, written after the backup');
    expect(useNotes.getState().answers[S3]?.text).toBe('only in the file');
  });
});

describe('progress of cards no deck has', () => {
  it('leaves out the progress a deleted card or a note keeps for its own cards', async () => {
    const { openLibrary } = await import('../../src/store/decks/index.ts');
    const library = await openLibrary();
    const deck = 'aws-backend-interview';
    const reworded = `${deck}/an-old-wording`;
    await library.setDeleted(`${deck}/what-is-rds`, true, clock.time);
    for (const key of [
      reworded,
      `${deck}/what-is-rds`, // deleted, to bring back
      `${deck}/what-is-rds-reverse`, // the reverse card of a deleted card
      `${deck}/what-is-ec2-reverse`, // a reverse card turned off
      `${deck}/what-is-ec2-c3`, // a cloze deletion taken out of its note
    ])
      useProgress.getState().grade(key, 3, clock.time, scheduler);
    render(<BackupPanel />);
    const panel = await screen.findByRole('region', { name: 'Progress of cards no deck has' });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(panel).toHaveTextContent(`${reworded}: 1 review`);
    expect(panel).toHaveTextContent('One card with progress is in no deck any more');
  });

  it('lists the first 50 of many (a deck this device lacks), each with its count, then all', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 60; i++) {
      const key = `kafka-notes/question-${String(i).padStart(2, '0')}`;
      useProgress.getState().grade(key, 3, clock.time, scheduler);
      if (i === 0) useProgress.getState().grade(key, 4, clock.time + 600_000, scheduler);
    }
    render(<BackupPanel />);
    const panel = screen.getByRole('region', { name: 'Progress of cards no deck has' });
    expect(panel).toHaveTextContent('60 cards with progress are in no deck any more');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(50);
    expect(within(panel).getAllByRole('listitem')[0]).toHaveTextContent(
      'kafka-notes/question-00: 2 reviews',
    );
    await user.click(within(panel).getByRole('button', { name: 'Show all 60' }));
    expect(within(panel).getAllByRole('listitem')).toHaveLength(60);
  });

  it('is listed, and can be attached to a card or removed', async () => {
    const user = userEvent.setup();
    const old = 'aws-backend-interview/an-old-wording';
    useProgress.getState().grade(old, 3, clock.time, scheduler);
    render(<BackupPanel />);
    const panel = screen.getByRole('region', { name: 'Progress of cards no deck has' });
    expect(panel).toHaveTextContent(`${old}: 1 review`);
    await user.selectOptions(within(panel).getByLabelText('Attach to'), 'What is AWS?');
    await user.click(within(panel).getByRole('button', { name: 'Attach' }));
    expect(useProgress.getState().cards[CARD]).toBeDefined();
    expect(useProgress.getState().cards[old]).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('Attached the progress');
  });
});
