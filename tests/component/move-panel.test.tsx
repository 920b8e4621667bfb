// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStores } from '../support/reset-stores.ts';
import { clock } from '../support/clock.ts';

clock.time = Date.UTC(2026, 10, 26, 12, 0, 0);

const { BackupPanel } = await import('../../src/features/settings/backup-panel.tsx');
const { MergeLinkPage } = await import('../../src/features/settings/merge-link-page.tsx');
const { useProgress } = await import('../../src/store/progress/app-progress.ts');
const { createBackup } = await import('../../src/store/backup/backup.ts');
const { EMPTY_PROGRESS, insertReview } = await import('../../src/store/progress/progress.ts');
const { progressLink } = await import('../../src/lib/progress-link.ts');
const { schedulerFor } = await import('../../src/srs/scheduler.ts');

type Progress = typeof EMPTY_PROGRESS;
const scheduler = schedulerFor(0.9);
const DAY = 86_400_000;
const AWS = 'aws-backend-interview/what-is-aws';
const EC2 = 'aws-backend-interview/what-is-ec2';
const CORS = 'aws-backend-interview/what-is-cors';

/** Another device's progress: reviews `[id, card, time]`, all graded Good. */
function elsewhere(reviews: [string, string, number][]): Progress {
  let progress: Progress = {
    ...EMPTY_PROGRESS,
    settings: { ...EMPTY_PROGRESS.settings, newPerDay: 3 },
  };
  for (const [id, card, time] of reviews) {
    const before = progress.cards[card] ?? null;
    progress = {
      ...progress,
      cards: { ...progress.cards, [card]: scheduler.grade(before, 3, time) },
      log: insertReview(progress.log, { id, card, grade: 3, time, before }),
    };
  }
  return progress;
}

const fileOf = (text: string, name = 'prepdeck-progress-2026-11-25.json') =>
  new File([text], name, { type: 'application/json' });

beforeEach(() => {
  resetStores();
});

describe('sending progress', () => {
  it('makes a link to this app with its QR code when the progress is small', async () => {
    const user = userEvent.setup();
    useProgress.getState().grade(AWS, 3, clock.time - DAY, scheduler);
    render(<BackupPanel />);
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    const link = await screen.findByRole('textbox', { name: 'Progress link' });
    expect((link as HTMLInputElement).value).toMatch(
      /^http:\/\/localhost(:\d+)?\/#\/merge\?p=[\w-]+$/,
    );
    expect(await screen.findByRole('img', { name: 'QR code of the progress link' })).toBeVisible();
  });

  it('says plainly when the progress is too big for a link, and offers the file', async () => {
    const user = userEvent.setup();
    const big = elsewhere(
      Array.from({ length: 300 }, (_, i) => [
        `big${i}`,
        [AWS, EC2, CORS][i % 3] as string,
        i * DAY,
      ]),
    );
    useProgress.setState(big);
    render(<BackupPanel />);
    await user.click(screen.getByRole('button', { name: 'Make a link' }));
    expect(
      await screen.findByText(
        /Your progress is too big for a link \([\d,]+ characters; a link holds at most 2,000\)\. Download a backup instead/,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Progress link' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download a backup' })).toBeVisible();
  });
});

describe('merging a file from another device', () => {
  it('shows what it brings, then merges it with this device’s reviews, keeping the settings here', async () => {
    const user = userEvent.setup();
    const mine = useProgress.getState().grade(AWS, 3, clock.time - 3 * DAY, scheduler);
    useProgress.getState().updateSettings({ newPerDay: 9 });
    // The other device has this device's review (merged before), and two of its own.
    const theirs = elsewhere([
      [mine.id, AWS, mine.time],
      ['t1', EC2, clock.time - 2 * DAY],
      ['t2', AWS, clock.time - DAY],
    ]);
    render(<BackupPanel />);
    await user.upload(
      screen.getByLabelText('Merge from a file…'),
      fileOf(createBackup(theirs, clock.time)),
    );

    const summary = await screen.findByText(/would bring:/);
    const preview = summary.closest('div') as HTMLElement;
    expect(within(preview).getByText('prepdeck-progress-2026-11-25.json')).toBeVisible();
    const lines = within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'New reviews: 2, of 2 cards affected.',
      '1 review is here already.',
      'Bookmarks: no change.',
      'Settings: this device’s are kept; the other device’s are not copied.',
      'Conflicts: none, by construction. Reviews are combined by id, and each card’s schedule is worked out again from its whole history.',
    ]);
    expect(useProgress.getState().log).toHaveLength(1); // nothing changed yet

    await user.click(within(preview).getByRole('button', { name: 'Merge' }));
    expect(
      await screen.findByText(
        'Merged: 2 reviews added, 2 cards rescheduled from their whole history. Your settings are unchanged.',
      ),
    ).toBeVisible();
    const state = useProgress.getState();
    expect(state.log.map((r) => r.id)).toEqual([mine.id, 't1', 't2']);
    expect(state.settings.newPerDay).toBe(9);
    // AWS: this device's review, then the other's, one history replayed in time order.
    expect(state.cards[AWS]).toEqual(
      scheduler.grade(scheduler.grade(null, 3, mine.time), 3, clock.time - DAY),
    );
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();
  });

  it('changes nothing on Cancel', async () => {
    const user = userEvent.setup();
    render(<BackupPanel />);
    const theirs = elsewhere([['t1', EC2, clock.time - DAY]]);
    await user.upload(
      screen.getByLabelText('Merge from a file…'),
      fileOf(createBackup(theirs, clock.time)),
    );
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Not merged: nothing was changed.')).toBeVisible();
    expect(useProgress.getState().log).toEqual([]);
  });

  it.each([
    [
      'a file that is not JSON',
      'PK\u0003\u0004 zip',
      /^Not merged, nothing changed: This file is not a PrepDeck backup: it is not JSON\.$/,
    ],
    [
      'a file from a newer version',
      JSON.stringify({ app: 'prepdeck', kind: 'progress', version: 99, progress: {} }),
      /This file was made by a newer version of PrepDeck \(format 99\); .* Update the app, then merge it\./,
    ],
    [
      'another app’s file',
      JSON.stringify({ app: 'anki', kind: 'progress', version: 1 }),
      /This file is not a PrepDeck progress backup\./,
    ],
  ])('refuses %s, says why and changes nothing', async (_, text, reason) => {
    const user = userEvent.setup();
    useProgress.getState().grade(AWS, 3, clock.time - DAY, scheduler);
    const before = useProgress.getState();
    render(<BackupPanel />);
    await user.upload(screen.getByLabelText('Merge from a file…'), fileOf(text));
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();
    expect(useProgress.getState().log).toBe(before.log);
    expect(useProgress.getState().cards).toBe(before.cards);
  });
});

describe('a progress link opened on this device', () => {
  it('shows the summary, merges, and takes the progress out of the address', async () => {
    const user = userEvent.setup();
    const theirs = elsewhere([['t1', CORS, clock.time - DAY]]);
    const link = await progressLink('http://localhost/', createBackup(theirs, clock.time));
    if (!link.ok) throw new Error('one review fits in a link');
    window.location.hash = new URL(link.url).hash;
    const payload = window.location.hash.split('?p=')[1] ?? '';
    render(<MergeLinkPage payload={payload} />);
    expect(await screen.findByText('New reviews: 1, of 1 card affected.')).toBeVisible();
    expect(screen.getByText('This link')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText(/^Merged: 1 review added/)).toBeVisible();
    expect(useProgress.getState().log.map((r) => r.id)).toEqual(['t1']);
    expect(window.location.hash).toBe('#/merge');
  });

  it('that was cut short says so and changes nothing', async () => {
    const theirs = elsewhere([
      ['t1', CORS, clock.time - DAY],
      ['t2', EC2, clock.time - DAY],
    ]);
    const link = await progressLink('http://localhost/', createBackup(theirs, clock.time));
    if (!link.ok) throw new Error('two reviews fit in a link');
    const payload = link.url.split('?p=')[1] ?? '';
    render(<MergeLinkPage payload={payload.slice(0, Math.floor(payload.length * 0.6))} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Not merged, nothing changed: This link is damaged or cut short/,
    );
    expect(useProgress.getState().log).toEqual([]);
  });
});
