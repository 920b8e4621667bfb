import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { crash, launch } from '../support/killable-browser.ts';
import { openFromNav } from '../support/main-nav.ts';

// A crash right after the next card appears: Chromium is killed (SIGKILL, every process of
// it) with its own profile, then started again on the same profile. localStorage reaches the
// disk seconds after it is written, so only the IndexedDB journal can bring the change back.

const PORT = Number(process.env.E2E_PORT ?? 4173);
const STUDY = `http://127.0.0.1:${PORT}/#/decks/aws-backend-interview/study`;
const CARDS = [
  'What is AWS?',
  'What are the main advantages of AWS?',
  'What are Regions and Availability Zones?',
] as const;

// Two browsers of its own per test: keep them apart from other tests' browsers.
test.describe.configure({ mode: 'serial' });

// After a restart the screen is drawn first and the journal replayed once its code and
// database are up (and FSRS for the replay): on a busy machine that took over expect's 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

const question = (page: Page) => page.locator('#card-question');
const VPC_KEY = 'aws-backend-interview/what-is-a-vpc';

async function grade(page: Page, key: string, next: string) {
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
  await page.keyboard.press(key);
  await expect(question(page)).toHaveText(next);
}

let profile = '';
test.beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'prepdeck-crash-'));
});
test.afterEach(async () => {
  await rm(profile, { recursive: true, force: true });
});

/**
 * The study screen drawn in a browser just started: a cold profile fetches the app, its study
 * screen and the deck's answers, which took over expect's 5 s on a busy machine.
 */
async function studyDrawn(page: Page) {
  await expect(page.locator('#card-question, main h1').first()).toBeVisible({ timeout: 30_000 });
}

/** Runs `before` in a browser, kills it the moment `before` returns, checks after a restart. */
async function acrossCrash(
  before: (page: Page) => Promise<void>,
  after: (page: Page) => Promise<void>,
) {
  const first = await launch(profile);
  try {
    await first.page.goto(STUDY);
    await studyDrawn(first.page);
    await expect(question(first.page)).toHaveText(CARDS[0]);
    await before(first.page);
  } finally {
    await crash(first);
  }
  const second = await launch(profile);
  try {
    await second.page.goto(STUDY);
    await studyDrawn(second.page);
    await after(second.page);
  } finally {
    await second.browser.close().catch(() => undefined);
    await crash(second).catch(() => undefined);
  }
}

test('a grade survives a crash the moment the next card appears', async () => {
  await acrossCrash(
    (page) => grade(page, '3', CARDS[1]),
    // The graded card is learning, due in 10 minutes: study goes on with the next one.
    (page) => expect(question(page)).toHaveText(CARDS[1]),
  );
});

test('an undo survives a crash the moment the card is back', async () => {
  await acrossCrash(
    async (page) => {
      await grade(page, '3', CARDS[1]);
      await grade(page, '3', CARDS[2]);
      await page.keyboard.press('u');
      await expect(question(page)).toHaveText(CARDS[1]);
    },
    // The first grade kept, the second undone: the second card is next again.
    (page) => expect(question(page)).toHaveText(CARDS[1]),
  );
});

test('a bookmark survives a crash the moment the star shows', async () => {
  const star = (page: Page) => page.getByRole('button', { name: `Bookmark: ${CARDS[0]}` });
  await acrossCrash(
    async (page) => {
      await page.keyboard.press('b');
      await expect(star(page)).toHaveAttribute('aria-pressed', 'true');
    },
    (page) => expect(star(page)).toHaveAttribute('aria-pressed', 'true'),
  );
});

// "Restored." waits for the restore's journal entry on disk. A small backup's entry commits in
// a few ms either way; a 20 MB one took half a second, in which a reload lost it.
test('a restore survives a crash the moment it says “Restored.”', async ({ browser }) => {
  // A backup holding one grade, made in another browser.
  const other = await browser.newPage();
  await other.goto(STUDY);
  await expect(question(other)).toHaveText(CARDS[0]);
  await grade(other, '3', CARDS[1]);
  await openFromNav(other, 'Settings');
  const download = other.waitForEvent('download');
  await other.getByRole('button', { name: 'Download a backup' }).click();
  const backup = await readFile(await (await download).path());
  await other.close();

  await acrossCrash(
    async (page) => {
      await grade(page, '3', CARDS[1]);
      await grade(page, '3', CARDS[2]);
      await openFromNav(page, 'Settings');
      await page
        .getByLabel('Restore from a file…')
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
      await page.getByRole('button', { name: 'Restore', exact: true }).click();
      await expect(page.getByText(/^Restored\./)).toBeVisible();
    },
    // The backup's progress, not the two grades it replaced: the second card is next.
    (page) => expect(question(page)).toHaveText(CARDS[1]),
  );
});

// Own answers are saved to localStorage at each key and to IndexedDB, which a kill the moment
// its write commits does not undo (localStorage would have lost the last seconds of typing).
test('an own answer survives a crash the moment its last key is kept', async () => {
  const note = 'A fenced yard for my servers';
  const card = `http://127.0.0.1:${PORT}/#/cards/${VPC_KEY}`;
  const box = (page: Page) => page.getByRole('textbox', { name: 'Your own answer' });
  await acrossCrash(
    async (page) => {
      await page.goto(card);
      await page.getByRole('button', { name: 'Add your own answer' }).click();
      await box(page).pressSequentially(note);
      // What the app has put in IndexedDB, read as its next start would: kill once it is there.
      await expect.poll(() => page.evaluate(readMirroredNote, VPC_KEY)).toBe(note);
    },
    async (page) => {
      await page.goto(card);
      await expect(box(page)).toHaveValue(note);
    },
  );
});

/** A card's own answer as PrepDeck's IndexedDB copy holds it (never creating the database). */
async function readMirroredNote(key: string): Promise<string | null> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('prepdeck-notes')) return null;
  return new Promise((resolve) => {
    const open = indexedDB.open('prepdeck-notes');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('answers').objectStore('answers').get(key);
      get.onsuccess = () => {
        db.close();
        resolve((get.result as { text?: string } | undefined)?.text ?? null);
      };
      get.onerror = () => resolve(null);
    };
  });
}

test('a card edit survives a crash the moment the editor closes', async () => {
  const line = 'Edited before the crash.';
  const card = `http://127.0.0.1:${PORT}/#/cards/aws-backend-interview/what-is-cors`;
  await acrossCrash(
    async (page) => {
      await page.goto(card);
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const answer = page.getByRole('textbox', { name: 'Answer', exact: true });
      await answer.press('Control+End');
      await answer.pressSequentially(`\n\n${line}`);
      await page.keyboard.press('Control+Enter');
      // The editor closes once the edit is on disk: killed the moment it has.
      await expect(page.getByRole('region', { name: 'Edit this card' })).toBeHidden();
    },
    async (page) => {
      await page.goto(card);
      await expect(page.getByRole('region', { name: 'Answer', exact: true })).toContainText(line);
      await expect(page.getByRole('list', { name: 'State' })).toContainText('Edited');
    },
  );
});
