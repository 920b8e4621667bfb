import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach } from 'vitest';

// Each test opens the app where it says; the next one starts at Home again.
afterEach(() => {
  window.location.hash = '';
});

/** Goes to `hash` as a link or the address bar does (the app follows `hashchange`). */
export async function navigate(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

/**
 * The whole app opened at `hash` (Home by default), with a user to click and type key by key.
 * The app's modules load at the first call, after the test file has set its clock; its first
 * drawing is in the DOM when this returns.
 */
export async function renderApp(hash = ''): Promise<RenderResult & { user: UserEvent }> {
  const { App } = await import('../../src/app/app.tsx');
  if (hash !== window.location.hash) await navigate(hash);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}
