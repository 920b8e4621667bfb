// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MainNav } from '../../src/app/main-nav.tsx';
import { ROUTES } from '../../src/app/routes.tsx';

// jsdom applies no media queries: where each link sits on a phone (the bottom bar, an icon in
// the header) is checked in the browser (navigation.spec.ts). Here: what every width shares.

const navOf = (current: string) => {
  render(<MainNav current={current} />);
  return screen.getByRole('navigation', { name: 'Main' });
};

describe('the main navigation', () => {
  it('links every screen that has a place in it, in the route table order', () => {
    const nav = navOf('home');
    const links = within(nav).getAllByRole('link');
    const placed = ROUTES.filter((route) => route.nav !== undefined);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      placed.map((route) => `#${route.path}`),
    );
    expect(links.map((link) => link.getAttribute('href'))).toContain('#/add-deck');
  });

  it('marks the current screen, and only it', () => {
    const nav = navOf('stats');
    expect(within(nav).getByRole('link', { name: 'Stats' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('marks nothing on a screen with no link of its own', () => {
    const nav = navOf('study-all');
    expect(nav.querySelectorAll('[aria-current]')).toHaveLength(0);
  });

  it('keeps each link named in full where a phone shows a short label or an icon', () => {
    const nav = navOf('home');
    for (const name of ['Weak spots', 'Settings', 'Add a deck'])
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Weak' })).toBeNull();
  });
});
