// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoragePanel } from '../../src/features/settings/storage-panel.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Storage used', () => {
  it('says what the browser allows in units a person reads: GB, not thousands of MB', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        estimate: () => Promise.resolve({ usage: 1_900_000, quota: 10_739_300_000 }),
        persisted: () => Promise.resolve(true),
      },
    });
    render(<StoragePanel />);
    expect(
      await screen.findByText(
        /Everything this site stores .*: 1\.9 MB of 10\.7 GB the browser allows/,
      ),
    ).toBeVisible();
  });
});
