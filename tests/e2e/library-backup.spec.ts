import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addDeckFile, kafkaNotes } from '../support/add-deck-page.ts';
import { openFromNav, openSettings, statsReviews } from '../support/main-nav.ts';

// A user's whole library in the backup (issue 12): a deck added in one browser, studied, and
// downloaded with the progress comes back whole in a fresh browser; a deleted deck is kept
// under "Recently deleted" across reloads and comes back from there.

test.describe.configure({ timeout: 180_000 });

/** A new browser: a fresh context, whose uncaught errors and console errors (CSP) are kept. */
async function fresh(browser: Browser, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return page;
}

async function addDeck(page: Page) {
  const { count, saved } = await addDeckFile(page, 'kafka-notes.md', kafkaNotes('Kafka notes'));
  expect(count).toBe('2 cards in 1 section');
  expect(saved).toMatch(/^Saved “Kafka notes”/);
}

test('a backup carries an added deck and its progress into a fresh browser', async ({
  browser,
}) => {
  const errors: string[] = [];
  const a = await fresh(browser, errors);
  await addDeck(a);
  await a.goto('./');
  const deckOnA = a.getByRole('region', { name: 'Kafka notes' });
  await deckOnA.getByRole('link', { name: /^Study ·/ }).click();
  await expect(
    a.getByRole('heading', { level: 2, name: 'What is a Kafka partition?' }),
  ).toBeVisible();
  await a.keyboard.press('Space');
  await a.keyboard.press('3');
  await expect(a.getByRole('status').filter({ hasText: /^Good\./ })).toBeVisible();

  await openSettings(a);
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Download a backup' }).click();
  const file = (await (await download).path()) as string;
  const saved = JSON.parse(await readFile(file, 'utf8')) as { decks: { deck: { id: string } }[] };
  expect(saved.decks.map((s) => s.deck.id)).toEqual(['kafka-notes']);

  // Another browser, which has never seen the deck.
  const b = await fresh(browser, errors);
  await b.goto('./');
  await expect(b.getByRole('region', { name: 'Kafka notes' })).toHaveCount(0);
  await openSettings(b);
  const chooser = b.waitForEvent('filechooser');
  await b.getByText('Restore from a file…').click();
  await (await chooser).setFiles(file);
  await expect(b.getByText(/holds 1 review of 1 card/)).toContainText(
    'It holds 1 deck of your own: 1 new.',
  );
  await b.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(b.getByRole('status').filter({ hasText: /^Restored\./ })).toContainText(
    '1 deck added.',
  );

  await b.reload();
  await openFromNav(b, 'Home');
  const deckOnB = b.getByRole('region', { name: 'Kafka notes' });
  await expect(deckOnB).toBeVisible();
  await expect(deckOnB.getByText('1 new', { exact: true })).toBeVisible();
  await expect(await statsReviews(b)).toHaveAccessibleName(/: 1 review on 1 day$/);
  expect(errors).toEqual([]);
  await a.context().close();
  await b.context().close();
});

test('a deleted deck stays under Recently deleted after a reload, and comes back from there', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await addDeck(page);
  const yours = page.getByRole('region', { name: 'Your decks' });
  const item = yours
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Name of the deck of 2 cards from kafka-notes.md') });
  await item.getByRole('button', { name: 'Delete…' }).click();
  await item.getByRole('button', { name: 'Delete “Kafka notes”' }).click();
  await expect(yours.getByText(/^Deleted “Kafka notes”; its progress is kept/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 3, name: 'Recently deleted' })).toBeVisible();
  const aside = page.getByRole('listitem', { name: 'Kafka notes' });
  await expect(aside).toContainText(/Kafka notes: 2 cards, deleted /);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Kafka notes' })).toHaveCount(0);

  await openFromNav(page, 'Add a deck');
  await page
    .getByRole('listitem', { name: 'Kafka notes' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByRole('heading', { level: 3, name: 'Recently deleted' })).toHaveCount(0);
  await page.reload();
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Kafka notes' })).toBeVisible();
  expect(errors).toEqual([]);
});
