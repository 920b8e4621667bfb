import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openFromNav } from '../support/main-nav.ts';

// Decks read back from IndexedDB are checked like a file: damage found in a real browser's
// database leaves the other decks working, is reported once with the reason, and is kept.

const card = (id: string, question: string, answer: string, line: number) => ({
  id,
  question,
  questionText: question,
  answer,
  line,
});
const deck = (id: string, title: string, cards: unknown[]) => ({
  id,
  title,
  description: '',
  sections: [{ id: 'basics', title: 'Basics', cards }],
});

const GO = {
  deck: deck('go-notes', 'Go notes', [
    card('what-is-a-goroutine', 'What is a goroutine?', 'A light thread.', 3),
    card('what-is-a-channel', 'What is a channel?', 'A typed pipe.', 7),
  ]),
  source: 'go-notes.md',
  shape: 'headings',
};
const DAMAGED = [
  { deck: { id: 'wrong-types', title: 42, sections: 'none' }, source: 1, shape: 2 },
  { deck: deck('no-cards', 'No cards', []), source: 'no-cards.md', shape: 'text' },
  { deck: deck('no-text', 'No text', [{ id: 'q1', line: 3 }]), source: 'x.md', shape: 'text' },
  {
    deck: deck('aws-backend-interview', 'Not the AWS deck', [card('q', 'Q?', 'A.', 1)]),
    source: 'aws.md',
    shape: 'text',
  },
];

/** Writes the records into the decks database as a browser may hold them, then reloads. */
async function seed(page: Page, records: readonly unknown[]): Promise<void> {
  await page.goto('./');
  await page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('prepdeck-decks', 2);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('decks', { keyPath: 'deck.id' });
          open.result.createObjectStore('deleted', { autoIncrement: true });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('decks', 'readwrite');
          for (const record of all) tx.objectStore('decks').put(record);
          tx.oncomplete = () => {
            open.result.close();
            // The marker Home reads at start-up to wait for the user's decks.
            localStorage.setItem(
              'prepdeck:decks',
              JSON.stringify({ count: all.length, change: 1 }),
            );
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
  await page.reload();
}

test('damaged decks in IndexedDB: the others work, each is reported and kept', async ({ page }) => {
  await seed(page, [GO, ...DAMAGED]);
  const main = page.getByRole('main');
  // The deck that comes with the app is itself, and the user's good deck is there.
  await expect(main.getByRole('region', { name: 'Go notes' })).toBeVisible();
  await expect(
    main
      .getByRole('region', { name: /^AWS Interview Questions/ })
      .getByText('52 cards · 0 learned'),
  ).toBeVisible();
  const reports = page
    .getByRole('alert')
    .filter({ hasText: 'One of your decks could not be read' });
  await expect(reports).toHaveCount(4);
  await expect(reports.filter({ hasText: 'aws-backend-interview' })).toContainText(
    'it has the id of a deck that comes with PrepDeck',
  );

  // What was found can be downloaded, as it was.
  const report = reports.filter({ hasText: 'no-cards' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('no-cards.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as (typeof DAMAGED)[1];
  expect(saved).toEqual(DAMAGED[1]);
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reports).toHaveCount(3);

  // A damaged deck's pages say so instead of loading for good; every other screen works.
  await page.goto('./#/decks/no-cards/study');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeVisible();
  await openFromNav(page, 'Cards');
  await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  await page.goto('./#/decks/go-notes/study');
  await expect(page.getByRole('heading', { level: 2, name: 'What is a goroutine?' })).toBeVisible();
  await page.goto('./#/add-deck');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a deck' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Name of the deck of 2 cards/ })).toHaveValue(
    'Go notes',
  );
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
});

test('a hostile answer (1,500 tildes) on a phone 4× slower: drawn as plain text, with the reason', async ({
  page,
}) => {
  const hostile = {
    deck: deck('tildes', 'Tildes', [
      card('strike', 'What does ~ do?', '~a'.repeat(1500), 3),
      card('fine', 'And this one?', 'Some ~~struck~~ **bold** text.', 7),
    ]),
    source: 'tildes.md',
    shape: 'headings',
  };
  await seed(page, [hostile]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    await page.goto('./#/cards/tildes/strike');
    await expect(
      page.getByText(
        'This answer is shown as plain text: paragraph with more than 200 emphasis markers',
      ),
    ).toBeVisible();
    await expect(page.locator('.markdown del')).toHaveCount(0);
    // The next card is drawn as usual: the limit is per card.
    await page.goto('./#/cards/tildes/fine');
    await expect(page.locator('.markdown del')).toHaveText('struck');
    await expect(page.getByText('shown as plain text')).toHaveCount(0);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
});
