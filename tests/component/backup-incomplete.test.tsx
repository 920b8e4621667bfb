// @vitest-environment jsdom
// IndexedDB as in a browser: the journal opens, so no other banner shows with this one.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SaveBanner } from '../../src/features/save-status/save-banner.tsx';
import { BackupPanel } from '../../src/features/settings/backup-panel.tsx';
import { downloadProgress } from '../../src/store/backup/index.ts';
import { useSaveStatus } from '../../src/store/kernel/save-status.ts';
import { captureDownloads } from '../support/capture-downloads.ts';
import { renderApp } from '../support/render-app.tsx';
import { resetStores } from '../support/reset-stores.ts';

const UNREADABLE = { count: 40, reason: 'VersionError: the database is at version 9' };

beforeEach(() => {
  resetStores();
  useSaveStatus.setState({ history: { archived: 40, loaded: true, unreadable: UNREADABLE } });
});

describe('older reviews this browser cannot read', () => {
  it('are named in a banner: still saved, left out of statistics and backups', () => {
    render(<SaveBanner />);
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('40 older reviews could not be read');
    expect(banner).toHaveTextContent(UNREADABLE.reason);
    expect(banner).toHaveTextContent('still saved in this browser');
  });

  it('are named in the app when nothing else needs saying (the journal on, everything saved)', async () => {
    await renderApp();
    expect(await screen.findByText(/40 older reviews could not be read/)).toBeVisible();
    expect(useSaveStatus.getState().journal).toBe('on');
  });

  it('a backup made meanwhile says it lacks them, on screen and in the file; its restore says so', async () => {
    const blobs = captureDownloads();
    const said = await downloadProgress();
    expect(said).toMatch(/^Downloaded without 40 older reviews: this browser could not read them/);
    const file = JSON.parse(await (blobs[0] as Blob).text()) as { missing?: unknown };
    expect(file.missing).toEqual({ reviews: 40, reason: UNREADABLE.reason });

    // Restored elsewhere: the plan says the file is not whole before anything changes.
    const user = userEvent.setup();
    render(<BackupPanel />);
    await user.upload(
      screen.getByLabelText('Restore from a file…'),
      new File([await (blobs[0] as Blob).text()], 'backup.json', { type: 'application/json' }),
    );
    const plan = await screen.findByRole('status');
    expect(within(plan).getByText(/lacks 40 older reviews/)).toBeVisible();
  });
});
