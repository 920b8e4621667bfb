import { expect, test, type Page } from '@playwright/test';
import { addDeckFile, kafkaNotes } from '../support/add-deck-page.ts';
import { GO_NOTES } from '../support/go-notes.ts';
import { ON_A_PHONE_TOO, LAYOUT } from '../support/layout.ts';
import { openFromNav } from '../support/main-nav.ts';
import { axeViolations } from '../support/axe.ts';

// Home is a library: one "Study now" over every deck's cards due today, then a row per deck.
// Every count on it is the count its study link gives.

const AWS = /^AWS Interview Questions/;

async function threeDecks(page: Page) {
  await addDeckFile(page, 'kafka.md', kafkaNotes('Kafka basics'));
  await addDeckFile(page, 'go.md', GO_NOTES);
  await page.goto('./');
}

/** A deck's row on Home. */
const row = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name: 'Your decks' }).getByRole('region', { name });

test(
  'with three decks, Study now takes cards from all three, and Home counts what it studied',
  ON_A_PHONE_TOO,
  async ({ page }) => {
    await threeDecks(page);
    const today = page.getByRole('region', { name: 'Today' });
    // Twenty new cards a day across all decks: the AWS deck alone could fill them.
    await expect(today).toContainText('20 new · 0 learning · 0 to review');
    await expect(today).toContainText(
      'From all 3 decks, with up to 20 new cards a day across them',
    );
    await expect(row(page, AWS)).toContainText('20 new · 0 learning · 0 to review');
    await expect(row(page, 'Kafka basics')).toContainText('2 new · 0 learning · 0 to review');
    await expect(row(page, 'Go notes')).toContainText('2 new · 0 learning · 0 to review');

    await today.getByRole('link', { name: 'Study now · 20 cards' }).click();
    await expect(page).toHaveURL(/#\/study$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All decks');
    // Six cards graded Good by keyboard: the decks take turns, so two from each.
    const studied: string[] = [];
    for (let i = 0; i < 6; i++) {
      const question = page.getByRole('heading', { level: 2 });
      const text = (await question.textContent()) ?? '';
      studied.push((await page.locator('.card-meta').textContent()) ?? '');
      await page.keyboard.press('Space');
      await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
      await page.keyboard.press('3');
      await expect(page.getByRole('status')).toHaveText(/^Good\./);
      await expect(question).not.toHaveText(text);
    }
    const deckOf = (meta: string) => meta.split(' · ')[0];
    expect(studied.map(deckOf).filter((d) => d?.startsWith('AWS'))).toHaveLength(2);
    expect(studied.map(deckOf).filter((d) => d === 'Kafka basics')).toHaveLength(2);
    expect(studied.map(deckOf).filter((d) => d === 'Go notes')).toHaveLength(2);

    // Home again: the six are learning (due again within the day), and the shared limit has 14
    // new cards left, all of them the AWS deck's now.
    await openFromNav(page, 'Home');
    await expect(today).toContainText('14 new · 6 learning · 0 to review');
    await expect(today.getByRole('link', { name: 'Study now · 20 cards' })).toBeVisible();
    await expect(row(page, AWS)).toContainText('14 new · 2 learning · 0 to review');
    await expect(row(page, 'Kafka basics')).toContainText('0 new · 2 learning · 0 to review');
    await expect(row(page, 'Go notes')).toContainText('0 new · 2 learning · 0 to review');
    await expect(row(page, 'Go notes')).toContainText('2 cards · 0 learned');

    // A deck's own Study gives what its row says: the Kafka deck's two learning cards.
    await row(page, 'Kafka basics').getByRole('link', { name: 'Study · 2 cards' }).click();
    await expect(page).toHaveURL(/#\/decks\/kafka-basics\/study$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kafka basics');
    await expect(page.getByRole('definition').first()).toHaveText('0');
  },
);

test(
  'a returning user’s own deck takes the row kept for it: Home draws at once and nothing moves',
  LAYOUT,
  async ({ page }) => {
    await addDeckFile(page, 'kafka.md', kafkaNotes('Kafka basics'));
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The library's code (and so its read of IndexedDB) held back: Home must not wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/library-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Today' })).toContainText('From all 2 decks');
    await expect(row(page, AWS)).toBeVisible();
    await expect(row(page, 'Kafka basics')).toHaveCount(0);
    await expect(page.locator('.home-deck-awaited')).toHaveCount(1);

    release();
    await expect(row(page, 'Kafka basics')).toContainText('2 new · 0 learning · 0 to review');
    await expect(page.locator('.home-deck-awaited')).toHaveCount(0);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
  },
);

test('a deck page reaches every per-deck action', ON_A_PHONE_TOO, async ({ page }) => {
  await threeDecks(page);
  await row(page, 'Kafka basics').getByRole('link', { name: 'Kafka basics' }).click();
  await expect(page).toHaveURL(/#\/decks\/kafka-basics$/);
  const deck = page.getByRole('region', { name: 'Kafka basics' });
  await expect(deck.getByRole('heading', { level: 1 })).toHaveText('Kafka basics');
  await expect(deck.getByRole('link', { name: 'Study now · 2 cards' })).toHaveAttribute(
    'href',
    '#/decks/kafka-basics/study',
  );
  await expect(deck.getByRole('link', { name: 'Cram' })).toHaveAttribute(
    'href',
    '#/decks/kafka-basics/study?set=all&cram=1',
  );
  // Its section: read it, or study it alone.
  const section = deck.getByRole('listitem').filter({ hasText: 'Basics' });
  await expect(section.getByRole('link', { name: 'Read' })).toBeVisible();
  await section.getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Basics');
  await page.goBack();

  // Its statistics.
  await deck.getByRole('link', { name: 'Statistics' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics');
  await expect(page.getByRole('combobox', { name: 'Deck' })).toHaveValue('kafka-basics');
  await page.goBack();

  // Export, and where to rename, update or delete it.
  const download = page.waitForEvent('download');
  await deck.getByRole('button', { name: 'Export as markdown' }).click();
  expect((await download).suggestedFilename()).toBe('kafka-basics.md');
  await deck.getByRole('link', { name: 'Add a deck › Your decks' }).click();
  await expect(page.getByLabel('Name of the deck of 2 cards from kafka.md')).toHaveValue(
    'Kafka basics',
  );
});

test(
  'the phone first screen shows Study now without scrolling, welcome and all',
  LAYOUT,
  async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Welcome to PrepDeck' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Study now/ })).toBeInViewport({ ratio: 1 });
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  },
);

test(
  'Cards across decks: search operators typed key by key, each result naming its deck',
  ON_A_PHONE_TOO,
  async ({ page }) => {
    await threeDecks(page);
    await openFromNav(page, 'Cards');
    const box = page.getByRole('searchbox');
    const count = page.getByRole('main').getByRole('status');
    const list = page.locator('.browse-list > li');

    await box.pressSequentially('deck:kafka');
    await expect(count).toHaveText('2 cards matching “deck:kafka”');
    await expect(list.first()).toContainText('Kafka basics · Basics');

    await box.fill('');
    await box.pressSequentially('goroutine -channel');
    await expect(count).toHaveText('1 card matching “goroutine -channel”');
    await expect(list.first()).toContainText('What is a goroutine?');

    await box.fill('');
    await box.pressSequentially('"consumer group" is:new');
    await expect(count).toHaveText('1 card matching “"consumer group" is:new”');
    await expect(list.first().locator('mark').first()).toHaveText(/consumer group/i);

    // The deck menu and the search's help.
    await box.fill('');
    await page.getByRole('combobox', { name: 'Deck' }).selectOption({ label: 'Go notes' });
    await expect(count).toHaveText('2 cards');
    await page.getByText('Search tips').click();
    await expect(page.getByText('is:bookmarked', { exact: true })).toBeVisible();
  },
);

test(
  'with three decks, the screens that name decks have no axe violations and never scroll sideways',
  LAYOUT,
  async ({ page }) => {
    test.setTimeout(180_000);
    await threeDecks(page);
    for (const [hash, heading] of [
      ['#/', 'Today'],
      ['#/settings', 'Settings'],
      ['#/weak', 'Weak spots'],
      ['#/browse?deck=go-notes', 'Cards'],
      ['#/quiz?deck=go-notes', 'Quiz'],
    ] as const) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      if (hash === '#/settings') {
        await expect(
          page.getByRole('group', { name: 'New cards a day from each deck' }),
        ).toBeVisible();
      }
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${hash} ${v.id}: ${v.help}`)).toEqual([]);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
        `${hash} fits the width`,
      ).toBe(true);
    }
  },
);
