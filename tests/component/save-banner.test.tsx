// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SaveBanner } from '../../src/features/save-status/save-banner.tsx';
import { STORAGE_WARNING_CHARS, useSaveStatus } from '../../src/store/kernel/save-status.ts';

beforeEach(() => {
  useSaveStatus.setState({ save: { kind: 'saved' }, setAside: [], savedChars: 0, journal: 'on' });
});

describe('save banner', () => {
  it('says nothing while progress is saved and storage has room', () => {
    render(<SaveBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('warns before the storage quota is reached and offers a download', () => {
    useSaveStatus.setState({ savedChars: STORAGE_WARNING_CHARS + 1 });
    render(<SaveBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('Browser storage is nearly full');
    expect(screen.getByRole('button', { name: 'Download a backup' })).toBeVisible();
  });

  it('says plainly when progress is not saved, with retry and download', () => {
    useSaveStatus.setState({ save: { kind: 'unsaved', reason: 'quota' } });
    render(<SaveBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. Browser storage is full');
    expect(screen.getByRole('button', { name: 'Try saving again' })).toBeVisible();
  });

  it('tells the user when data from a newer version is only read', () => {
    useSaveStatus.setState({ save: { kind: 'read-only', reason: 'newer-version' } });
    render(<SaveBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Read-only. Your progress was saved by a newer version',
    );
  });
});

describe('save banner: durability', () => {
  it('says once that there is no crash-safe journal, until dismissed', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    useSaveStatus.setState({ journal: 'unavailable' });
    const { unmount } = render(<SaveBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('No crash-safe journal in this browser');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    unmount();
    render(<SaveBanner />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what was restored from memory after storage was cleared elsewhere', () => {
    useSaveStatus.setState({ wiped: { reviews: 3, cards: 2, bookmarks: 1, resaved: true } });
    render(<SaveBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Restored from memory: 3 reviews of 2 cards and 1 bookmark. Saved again.',
    );
    useSaveStatus.setState({ wiped: null });
  });
});
