import { screen, within } from '@testing-library/react';

/**
 * The rows Cards lists (a row's tags are a list of their own inside it). Found by selector, not
 * by role: a role query over a few hundred rows takes seconds in jsdom, in every waitFor poll.
 */
export const browseRows = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('.browse-list > li'),
];

/** The questions Cards lists, in order: each row's first link. */
export const browseQuestions = () => browseRows().map((row) => row.querySelector('a')?.textContent);

/** Cards' count of the cards found (the app around it may show notices of its own). */
export const browseCount = () => within(screen.getByRole('main')).getAllByRole('status')[0];
