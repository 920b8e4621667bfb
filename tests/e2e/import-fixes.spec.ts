import { expect, test, type Page } from '@playwright/test';
import { FOLLOW_UP, NODE_README, NODE_README_V2, WHO } from '../support/nodejs-readme.ts';
import { trackErrors } from '../support/page-errors.ts';
import { openFromNav } from '../support/main-nav.ts';

// A README read wrong at first is fixed by example in the preview, saved, studied, and updated
// from its next version with the fixes kept: the card that did not change keeps its progress.

async function openInAddDeck(page: Page, name: string, text: string) {
  await page.goto('./');
  await openFromNav(page, 'Add a deck');
  await page.getByLabel('Files to add').setInputFiles({
    name,
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
  return page.getByRole('region', { name });
}

const rowOf = (preview: ReturnType<Page['getByRole']>, question: string) =>
  preview.getByRole('list', { name: 'Questions' }).getByRole('listitem', { name: question });

test('a wrong reading fixed by example is kept for the next version, and progress with it', async ({
  page,
}) => {
  const errors = trackErrors(page);
  const preview = await openInAddDeck(page, 'README.md', NODE_README);
  await expect(preview.getByText('6 cards in 1 section')).toBeVisible();
  const questions = preview.getByRole('list', { name: 'Questions' }).getByRole('listitem');
  await expect(questions).toHaveCount(6);

  // The follow-up belongs to the answer above it; the list's audience is not a question at all.
  await rowOf(preview, FOLLOW_UP).getByRole('button', { name: 'Not a question' }).click();
  await expect(preview.getByText('5 cards in 1 section')).toBeVisible();
  const who = rowOf(preview, WHO);
  await who.getByRole('button', { name: /^Who is this list for\?/ }).click();
  await expect(who.getByText(/^Backend developers preparing/).first()).toBeVisible();
  await who.getByRole('button', { name: 'Drop' }).click();
  await expect(preview.getByText('4 cards in 1 section')).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Your 2 fixes' })).toContainText(
    `Dropped “${WHO}”`,
  );
  const nextTick = rowOf(preview, 'What does process.nextTick do?');
  await nextTick.getByRole('button', { name: /^What does process\.nextTick do\?/ }).click();
  await expect(nextTick.getByText(/setImmediate runs in the check phase/).first()).toBeVisible();

  await preview.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved “/ })).toHaveText(
    'Saved “Node.js Interview Questions”: 4 cards, on Home with your other decks.',
  );

  // Study the first card once.
  await page.goto('./');
  const deck = page.getByRole('region', { name: 'Node.js Interview Questions' });
  await expect(deck.getByText('4 new', { exact: true })).toBeVisible();
  await deck.getByRole('link', { name: /^Study ·/ }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'What is the event loop?' }),
  ).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: /^Good\./ })).toBeVisible();
  await page.goto('./');
  await expect(deck.getByText('3 new', { exact: true })).toBeVisible();

  // The next version of the README: read with the same fixes.
  await openFromNav(page, 'Add a deck');
  const yours = page.getByRole('region', { name: 'Your decks' });
  await yours.getByLabel('New version of Node.js Interview Questions').setInputFiles({
    name: 'README.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(NODE_README_V2),
  });
  await expect(yours.getByRole('status')).toContainText(
    'README.md: 1 new card, 1 changed card, 0 removed cards, 3 unchanged.',
  );
  await yours.getByRole('button', { name: 'Save the update' }).click();
  await expect(yours.getByRole('status')).toHaveCount(0);

  // Five cards, the studied one not new again: its progress kept.
  await page.goto('./');
  await page.reload();
  await expect(deck.getByText('4 new', { exact: true })).toBeVisible();
  await openFromNav(page, 'Cards');
  await expect(page.getByText(WHO)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the question list at 320 px: no sideways scroll, Save deck always in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const long = Array.from(
    { length: 40 },
    (_, i) =>
      `## ${i + 1}. How does the service handle request number ${i + 1} under heavy load?\n\nIt queues it behind https://example.com/a-very-long-url-that-does-not-break-easily/${'x'.repeat(60)} and answers.\n`,
  ).join('\n');
  const preview = await openInAddDeck(page, 'load.md', `# Load questions\n\n${long}`);
  await expect(preview.getByText('40 cards in 1 section')).toBeVisible();
  const save = preview.getByRole('button', { name: 'Save deck' });
  await expect(save).toBeInViewport();
  const row = rowOf(
    preview,
    '20. How does the service handle request number 20 under heavy load?',
  ).or(rowOf(preview, 'How does the service handle request number 20 under heavy load?'));
  await row.getByRole('button', { name: /request number 20 under/ }).click();
  // The opened card's fixes can be reached: not hidden under the bar that holds Save deck.
  await row.getByRole('button', { name: 'Drop' }).click({ trial: true });
  await expect(save).toBeInViewport();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(320);
});
