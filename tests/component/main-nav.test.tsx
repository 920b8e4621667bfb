// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MainNav } from '../../src/app/main-nav.tsx';

// jsdom applies no media queries: the phone's bar and its "More" are one markup, laid out by
// CSS (checked in the browser, navigation.spec.ts). Here: what "More" does, by mouse and keys.

function renderNav(current: string) {
  const user = userEvent.setup();
  const view = render(
    <>
      <h1>Screen</h1>
      <MainNav current={current} />
    </>,
  );
  const nav = screen.getByRole('navigation', { name: 'Main' });
  const more = within(nav).getByRole('button', { name: 'More' });
  return { user, view, nav, more };
}

describe('the main navigation', () => {
  it('links every screen, in the header order, the current one marked', () => {
    const { nav } = renderNav('stats');
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Home',
      'Cards',
      'Weak spots',
      'Quiz',
      'Mock',
      'Stats',
      'Settings',
      'Add a deck',
    ]);
    expect(within(nav).getByRole('link', { name: 'Stats' })).toHaveAttribute('href', '#/stats');
    expect(within(nav).getByRole('link', { name: 'Stats' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('"More" stands for the screen it holds, not for one in the bar', () => {
    const { more, view } = renderNav('settings');
    expect(more).toHaveAttribute('data-current');
    view.rerender(
      <>
        <h1>Screen</h1>
        <MainNav current="browse" />
      </>,
    );
    expect(more).not.toHaveAttribute('data-current');
  });

  it('opens and closes "More" by click, Escape (focus back on it) and a tap outside', async () => {
    const { user, more } = renderNav('home');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(within(panel as HTMLElement).getByRole('link', { name: 'Mock' })).toBeInTheDocument();

    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(more).toHaveFocus();

    await user.click(more);
    await user.click(screen.getByRole('heading', { name: 'Screen' }));
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes "More" when a link in it is followed, or the screen changes by other means', async () => {
    const { user, more, view } = renderNav('home');
    await user.click(more);
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    view.rerender(
      <>
        <h1>Screen</h1>
        <MainNav current="quiz" />
      </>,
    );
    expect(more).toHaveAttribute('aria-expanded', 'false');
    // Escape on another screen, with the menu closed, leaves focus where it is.
    screen.getByRole('link', { name: 'Cards' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('link', { name: 'Cards' })).toHaveFocus();
  });
});
