// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defineRoute } from '../../src/app/define-route.ts';
import { ScreenBoundary } from '../../src/app/screen-boundary.tsx';
import { ScreenSlot } from '../../src/app/screen-slot.tsx';

const chunkError = () =>
  new TypeError('Failed to fetch dynamically imported module: http://x/assets/stats.js');

describe('a screen that fails', () => {
  it('offers Retry when its code does not load, and Retry loads it afresh', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const entry = defineRoute({
      name: 'flaky',
      path: '/flaky',
      parse: () => ({}),
      load: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject(chunkError())
          : Promise.resolve({ Page: () => <h1>Loaded at last</h1> });
      },
      render: ({ Page }) => <Page />,
      title: () => 'Flaky',
    });
    render(<ScreenSlot entry={entry} route={{}} />);

    expect(
      await screen.findByRole('heading', { name: 'This screen could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Failed to fetch dynamically imported module',
    );
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Loaded at last' })).toBeVisible();
    expect(calls).toBe(2);
  });

  it('shows a message and a way home when a screen throws while rendering', async () => {
    const user = userEvent.setup();
    let broken = true;
    function Fragile() {
      if (broken) throw new Error('cannot read the deck');
      return <h1>Fine again</h1>;
    }
    // React reports caught render errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ScreenBoundary resetKey="#/fragile">
        <Fragile />
      </ScreenBoundary>,
    );

    expect(
      screen.getByRole('heading', { name: 'Something went wrong on this screen' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('cannot read the deck');
    expect(screen.getByRole('link', { name: 'Go to Home' })).toHaveAttribute('href', '#/');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('heading', { name: 'Fine again' })).toBeVisible();
  });
});
