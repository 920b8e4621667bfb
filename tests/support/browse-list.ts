import { screen, within } from '@testing-library/react';

const list = () => document.querySelector('.browse-list') as HTMLElement;

/** The rows Cards lists (a row's tags are a list of their own inside it). */
export const browseRows = () =>
  within(list())
    .queryAllByRole('listitem')
    .filter((row) => row.parentElement === list());

/** The questions Cards lists, in order. */
export const browseQuestions = () =>
  browseRows().map((row) => within(row).getAllByRole('link')[0]?.textContent);

/** Cards' count of the cards found (the app around it may show notices of its own). */
export const browseCount = () => within(screen.getByRole('main')).getAllByRole('status')[0];
