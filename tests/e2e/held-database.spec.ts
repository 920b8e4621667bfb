import { expect, test, type Page } from '@playwright/test';

// A tab of an older PrepDeck left open holds both databases at their old versions and never
// lets go (it has no `versionchange` handler). The new version says which tab is the cause,
// grades without waiting for the journal, loses nothing, and opens everything once that tab
// closes.

const GO = {
  deck: {
    id: 'go-notes',
    title: 'Go notes',
    description: '',
    sections: [
      {
        id: 'basics',
        title: 'Basics',
        cards: [
          {
            id: 'what-is-a-goroutine',
            question: 'What is a goroutine?',
            questionText: 'What is a goroutine?',
            answer: 'A light thread.',
            line: 3,
          },
        ],
      },
    ],
  },
  source: 'go-notes.md',
  shape: 'headings',
};

/** An old tab: the databases at version 1, as PrepDeck 0.4 made them, held open for good. */
async function openOldTab(page: Page): Promise<void> {
  // A page of the app's origin that runs none of its code.
  await page.route('**/old-tab.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old tab</title>' }),
  );
  await page.goto('./old-tab.html');
  await page.evaluate(
    (deck) =>
      Promise.all([
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('prepdeck', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('journal', { autoIncrement: true });
            open.result.createObjectStore('aside', { autoIncrement: true });
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            (window as unknown as { held: unknown[] }).held ??= [];
            (window as unknown as { held: unknown[] }).held.push(open.result);
            resolve();
          };
        }),
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('prepdeck-decks', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('decks', { keyPath: 'deck.id' }).put(deck);
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            (window as unknown as { held: unknown[] }).held ??= [];
            (window as unknown as { held: unknown[] }).held.push(open.result);
            localStorage.setItem('prepdeck:decks', JSON.stringify({ count: 1, change: 1 }));
            resolve();
          };
        }),
      ]).then(() => undefined),
    GO,
  );
}

test('a database held by an old tab: named as the cause, grading goes on, all of it kept', async ({
  context,
  page,
}) => {
  test.slow();
  const errors: string[] = [];
  const app = await context.newPage();
  app.on('pageerror', (error) => errors.push(error.message));
  await openOldTab(page);

  await app.goto('./#/decks/aws-backend-interview/study');
  const held = app.getByRole('alert').filter({ hasText: 'Another PrepDeck tab is holding' });
  // The journal and the decks load after the first drawing: on a busy machine, seconds later.
  await expect(held).toContainText('Until then your decks cannot be opened', { timeout: 20_000 });
  await expect(held).toContainText('not in the crash-safe journal', { timeout: 20_000 });
  const question = app.locator('#card-question');
  // The banners come from the app's frame, which can be drawn before the study screen: a
  // learner presses Space once the card is there.
  await expect(question).toHaveText('What is AWS?', { timeout: 20_000 });
  for (const next of [
    'What are the main advantages of AWS?',
    'What are Regions and Availability Zones?',
  ]) {
    await app.keyboard.press('Space');
    await app.keyboard.press('3');
    await expect(question).toHaveText(next);
  }
  // Reloaded at once: the grades are not in the journal, and are kept all the same.
  await app.reload();
  await expect(question).toHaveText('What are Regions and Availability Zones?');

  // The old tab closes: the journal and the decks open, the banners go, the deck appears.
  await page.close();
  await expect(held).toBeHidden({ timeout: 20_000 });
  await app.goto('./#/');
  await expect(app.getByRole('main').getByRole('region', { name: 'Go notes' })).toBeVisible();
  await app.goto('./#/decks/aws-backend-interview/study');
  await app.keyboard.press('Space');
  await app.keyboard.press('3');
  await expect(question).toHaveText('What is the Shared Responsibility Model?');
  expect(errors).toEqual([]);
});
