import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addDeckFile, kafkaNotes } from '../support/add-deck-page.ts';
import { axeViolations } from '../support/axe.ts';
import { crash, launch } from '../support/killable-browser.ts';
import { LAYOUT } from '../support/layout.ts';
import { openFromNav, openSettings, statsReviews } from '../support/main-nav.ts';
import {
  newDatabase,
  serverDocuments,
  putOnServer,
  serverFault,
  SYNC_PASSWORD,
  SYNC_TOKEN,
  SYNC_USER,
} from '../support/sync-server.ts';

// Sync between devices through a CouchDB-compatible server (issue 24): two browser contexts
// stand for a laptop and a phone, the test's server (scripts/sync-server.ts) for the user's.

// Two devices, key derivation in each, and replication: longer than one page's journey.
test.describe.configure({ timeout: 180_000 });

const PASSPHRASE = 'blue fox in winter';
const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}/`;

/**
 * A fresh device. `offline`: one that goes offline later, so it keeps the app's code as a user's
 * browser does, in the service worker (blocked elsewhere in the suite: playwright.config.ts).
 */
async function device(browser: Browser, { offline = false } = {}): Promise<Page> {
  const context = await browser.newContext(offline ? { serviceWorkers: 'allow' } : {});
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (offline) {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
  }
  return page;
}

/** Grades each card Good in a study session of just those cards. */
async function study(page: Page, ...ids: string[]) {
  await page.goto(`${APP}#/decks/aws-backend-interview/study?set=cards:${ids.join(',')}`);
  const question = page.locator('#card-question');
  for (const [i] of ids.entries()) {
    await expect(question).toBeVisible();
    const shown = await question.innerText();
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Answer', exact: true })).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByRole('status').filter({ hasText: /^Good\./ })).toBeVisible();
    if (i < ids.length - 1) await expect(question).not.toHaveText(shown);
  }
}

/** Fills Settings › Sync key by key, as a person types, and asks what starting would do. */
async function setUpSync(
  page: Page,
  database: string,
  { user = SYNC_USER, password = SYNC_PASSWORD, passphrase = PASSPHRASE } = {},
) {
  await openSettings(page);
  const panel = page.getByRole('region', { name: 'Sync between devices' });
  for (const [label, value] of [
    ['Database address', database],
    ['User name', user],
    ['Password', password],
    ['Encryption passphrase', passphrase],
  ] as const) {
    const field = panel.getByLabel(label, { exact: true });
    await field.clear();
    await field.pressSequentially(value);
  }
  await panel.getByRole('button', { name: 'Start syncing…' }).click();
  return panel;
}

/** The header's word on sync (a link to its settings). */
const badge = (page: Page) => page.getByRole('banner').locator('a.sync-badge');

test('grades on one device reach the other within 2 s; the server holds only ciphertext', async ({
  browser,
}) => {
  const database = await newDatabase();

  // The laptop studied before sync existed: its review is sent when sync starts.
  const laptop = await device(browser);
  await study(laptop, 'what-is-ec2');
  let panel = await setUpSync(laptop, database);
  const plan = panel.getByRole('group', { name: 'Before syncing' });
  await expect(plan.getByRole('listitem')).toHaveText([
    'The server has no reviews this device lacks.',
    '1 review of this device will be sent, encrypted.',
    'Nothing here is replaced: both sides keep everything, merged.',
  ]);
  await plan.getByRole('button', { name: 'Merge and sync' }).click();
  await expect(badge(laptop)).toHaveText('Synced just now', { timeout: 15_000 });

  // The phone has a review of its own: the first sync says what it will merge, then merges.
  const phone = await device(browser);
  await study(phone, 'what-is-aws');
  panel = await setUpSync(phone, database);
  await expect(
    panel.getByRole('group', { name: 'Before syncing' }).getByRole('listitem'),
  ).toHaveText([
    '1 review from your other devices will be added here, and 1 card rescheduled from their whole history.',
    '1 review of this device will be sent, encrypted.',
    'Nothing here is replaced: both sides keep everything, merged.',
  ]);
  await panel.getByRole('button', { name: 'Merge and sync' }).click();
  await expect(badge(phone)).toHaveText('Synced just now', { timeout: 15_000 });
  await expect(await statsReviews(phone)).toHaveAccessibleName(/: 2 reviews on 1 day$/);
  // …and the laptop gets the phone's review without doing anything.
  await expect(await statsReviews(laptop)).toHaveAccessibleName(/: 2 reviews on 1 day$/, {
    timeout: 15_000,
  });

  // Live: a grade on the laptop shows on the phone's open Stats screen within 2 s.
  await study(laptop, 'what-is-auto-scaling');
  await expect(phone.getByRole('img', { name: /^Reviews per day/ })).toHaveAccessibleName(
    /: 3 reviews on 1 day$/,
    { timeout: 2_000 },
  );

  // The server's owner sees ids and ciphertext: no card, question, grade or time.
  const documents = await serverDocuments(database);
  const sealed = documents.filter((doc) => doc._id !== 'prepdeck-keys');
  expect(sealed.length).toBeGreaterThanOrEqual(3);
  for (const doc of sealed) {
    expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'sealed']);
    expect(doc._id).toMatch(/^set-[0-9a-f]{32}$/);
  }
  expect(JSON.stringify(documents)).not.toMatch(/what-is|aws-backend|grade|Good/);

  // A reload resumes sync on its own, with nothing lost or doubled.
  await phone.reload();
  await expect(badge(phone)).toHaveText('Synced just now', { timeout: 15_000 });
  await expect(await statsReviews(phone)).toHaveAccessibleName(/: 3 reviews on 1 day$/);
  await laptop.context().close();
  await phone.context().close();
});

/** A card's schedule as this device saved it (once saved: saving waits for studying to pause). */
async function savedCard(page: Page, card: string): Promise<unknown> {
  const read = () =>
    page.evaluate((key) => {
      const saved = JSON.parse(window.localStorage.getItem('prepdeck:progress') ?? 'null');
      return saved?.state?.cards?.[key] ?? null;
    }, `aws-backend-interview/${card}`);
  await expect.poll(read, { timeout: 15_000 }).not.toBeNull();
  return read();
}

/** Two devices synced with a new, empty database (its address last). */
async function twoSyncedDevices(
  browser: Browser,
  { offline = false } = {},
): Promise<[Page, Page, string]> {
  const database = await newDatabase();
  const pages: Page[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await device(browser, { offline });
    const panel = await setUpSync(page, database);
    await panel.getByRole('button', { name: 'Merge and sync' }).click();
    await expect(badge(page)).toHaveText('Synced just now', { timeout: 15_000 });
    pages.push(page);
  }
  return [...(pages as [Page, Page]), database];
}

test('both devices study offline; once back online, both have every review and one schedule', async ({
  browser,
}) => {
  const [laptop, phone] = await twoSyncedDevices(browser, { offline: true });
  await laptop.context().setOffline(true);
  await phone.context().setOffline(true);

  // The same card on both, graded differently, and one more on the phone.
  await study(laptop, 'what-is-ec2');
  await study(phone, 'what-is-ec2', 'what-is-aws');
  await expect(badge(laptop)).toHaveText('Offline — 1 change waiting');
  await expect(badge(phone)).toHaveText('Offline — 2 changes waiting');

  await laptop.context().setOffline(false);
  await phone.context().setOffline(false);
  for (const page of [laptop, phone]) {
    await expect(badge(page)).toHaveText('Synced just now', { timeout: 15_000 });
  }
  for (const page of [laptop, phone]) {
    await expect(await statsReviews(page)).toHaveAccessibleName(/: 3 reviews on 1 day$/, {
      timeout: 15_000,
    });
  }
  // The card graded on both was replayed from both reviews, in time order, on each device:
  // once each has saved it (saving waits for studying to pause), both hold the same schedule.
  for (const card of ['what-is-ec2', 'what-is-aws']) {
    const both = async () => [await savedCard(laptop, card), await savedCard(phone, card)];
    await expect
      .poll(
        async () => {
          const [here, there] = await both();
          return JSON.stringify(here) === JSON.stringify(there);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  }
  await laptop.context().close();
  await phone.context().close();
});

test('a server that fails (500, garbage, cut connections, full) is told; sync resumes on its own, nothing lost', async ({
  browser,
}) => {
  const [laptop, phone, database] = await twoSyncedDevices(browser);
  await serverFault(database, 'error');
  await study(laptop, 'what-is-ec2');
  await expect(badge(laptop)).toHaveText('Sync retrying: server error 500 — 1 change waiting', {
    timeout: 15_000,
  });
  await serverFault(database, 'garbage');
  await study(laptop, 'what-is-aws');
  await expect(badge(laptop)).toHaveText(/^Sync retrying: .* — 2 changes waiting$/, {
    timeout: 15_000,
  });
  await serverFault(database, 'cut');
  await study(laptop, 'what-is-auto-scaling');
  await expect(badge(laptop)).toHaveText(/^Sync retrying: .* — 3 changes waiting$/, {
    timeout: 15_000,
  });
  // A server out of room (a quota, a full disk) reads but refuses writes.
  await serverFault(database, 'full');
  await study(laptop, 'what-is-a-vpc');
  await expect(badge(laptop)).toHaveText('Sync retrying: the server is full — 4 changes waiting', {
    timeout: 45_000,
  });

  await serverFault(database, 'none');
  // The back-off is at most 30 s between tries.
  await expect(badge(laptop)).toHaveText('Synced just now', { timeout: 45_000 });
  await expect(await statsReviews(phone)).toHaveAccessibleName(/: 4 reviews on 1 day$/, {
    timeout: 45_000,
  });

  // A change set this version cannot open (damaged, or a newer version's) is told, not merged.
  await openSettings(laptop);
  await putOnServer(database, { _id: `set-${'0'.repeat(32)}`, sealed: 'bm90IHNlYWxlZA==' });
  await expect(laptop.getByRole('alert')).toContainText(
    '1 synced change could not be read here: written by a newer version of PrepDeck, or damaged.',
    { timeout: 15_000 },
  );
  await expect(await statsReviews(laptop)).toHaveAccessibleName(/: 4 reviews on 1 day$/);
  await laptop.context().close();
  await phone.context().close();
});

test('this browser refuses to store sync’s changes: told, the grade kept; once it stores again, it syncs on its own', async ({
  browser,
}) => {
  const [laptop, phone] = await twoSyncedDevices(browser);
  // The sync database's writes fail (as when the browser's storage is full or blocked); the
  // app's own storage is untouched.
  await laptop.evaluate(() => {
    const flags = window as unknown as { refuseSyncWrites: boolean };
    flags.refuseSyncWrites = true;
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
      const started = transaction.apply(this, args);
      if (
        flags.refuseSyncWrites &&
        args[1] === 'readwrite' &&
        this.name.includes('prepdeck-sync')
      ) {
        queueMicrotask(() => started.abort());
      }
      return started;
    } as typeof transaction;
  });
  await study(laptop, 'what-is-ec2');
  await expect(badge(laptop)).toHaveText(
    /^Sync retrying: this browser(’s storage is full| could not store the changes) — 1 change waiting$/,
    { timeout: 15_000 },
  );
  await expect(await statsReviews(laptop)).toHaveAccessibleName(/: 1 review on 1 day$/);

  // It stores again: the change is sealed and sent without anything done here.
  await laptop.evaluate(() => {
    (window as unknown as { refuseSyncWrites: boolean }).refuseSyncWrites = false;
  });
  await expect(badge(laptop)).toHaveText('Synced just now', { timeout: 45_000 });
  await expect(await statsReviews(phone)).toHaveAccessibleName(/: 1 review on 1 day$/, {
    timeout: 15_000,
  });
  await laptop.context().close();
  await phone.context().close();
});

test('a browser killed the moment a grade shows: restarted, the grade reaches the other device once', async ({
  browser,
}) => {
  const database = await newDatabase();
  const profile = await mkdtemp(join(tmpdir(), 'prepdeck-sync-crash-'));
  try {
    // The laptop is a Chromium of its own, killed as a crash would kill it.
    let laptop = await launch(profile);
    await laptop.page.goto(APP);
    let panel = await setUpSync(laptop.page, database);
    await panel.getByRole('button', { name: 'Merge and sync' }).click();
    await expect(badge(laptop.page)).toHaveText('Synced just now', { timeout: 15_000 });
    const phone = await device(browser);
    panel = await setUpSync(phone, database);
    await panel.getByRole('button', { name: 'Merge and sync' }).click();
    await expect(badge(phone)).toHaveText('Synced just now', { timeout: 15_000 });

    // Killed the moment the grade shows: sync gathers changes for 150 ms before it seals them,
    // so the grade is (almost always) in the journal only.
    await study(laptop.page, 'what-is-ec2');
    await crash(laptop);

    laptop = await launch(profile);
    try {
      await laptop.page.goto(APP);
      await expect(badge(laptop.page)).toHaveText('Synced just now', { timeout: 20_000 });
      await expect(await statsReviews(phone)).toHaveAccessibleName(/: 1 review on 1 day$/, {
        timeout: 15_000,
      });
      await expect(await statsReviews(laptop.page)).toHaveAccessibleName(/: 1 review on 1 day$/);
      // Sent once: the passphrase check and one change set, and a reload sends nothing more.
      await laptop.page.reload();
      await expect(badge(laptop.page)).toHaveText('Synced just now', { timeout: 20_000 });
      expect(await serverDocuments(database)).toHaveLength(2);
    } finally {
      await laptop.browser.close().catch(() => undefined);
      await crash(laptop).catch(() => undefined);
    }
    await phone.context().close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('a device restored from an older backup gets back from the server what the backup lacks', async ({
  browser,
}) => {
  const [laptop, phone] = await twoSyncedDevices(browser);
  await study(laptop, 'what-is-ec2');
  await openSettings(laptop);
  const download = laptop.waitForEvent('download');
  await laptop.getByRole('button', { name: 'Download a backup' }).click();
  const backup = (await (await download).path()) as string;
  await study(phone, 'what-is-aws');
  await expect(await statsReviews(laptop)).toHaveAccessibleName(/: 2 reviews on 1 day$/, {
    timeout: 15_000,
  });

  // The backup holds the first review only; the restore replaces, then sync merges back.
  await openSettings(laptop);
  const chooser = laptop.waitForEvent('filechooser');
  await laptop.getByText('Restore from a file…').click();
  await (await chooser).setFiles(backup);
  await laptop.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(laptop.getByRole('status').filter({ hasText: /^Restored\./ })).toBeVisible();
  await expect(await statsReviews(laptop)).toHaveAccessibleName(/: 2 reviews on 1 day$/, {
    timeout: 15_000,
  });
  // …and the phone lost nothing.
  await expect(await statsReviews(phone)).toHaveAccessibleName(/: 2 reviews on 1 day$/);
  await laptop.context().close();
  await phone.context().close();
});

/** Adds a line to a card's answer in the card editor, key by key, and saves it. */
async function editAnswer(page: Page, card: string, line: string) {
  await page.goto(`${APP}#/cards/aws-backend-interview/${card}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const answer = page.getByRole('textbox', { name: 'Answer' });
  await answer.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await answer.pressSequentially(`\n\n${line}`);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('status')).toContainText('Your edit is saved');
}

/** The card's edit as kept in this browser (IndexedDB), history included. */
function keptEdit(page: Page, card: string) {
  return page.evaluate(
    (key) =>
      new Promise<{ history?: { value: { answer: string } }[] }>((resolve, reject) => {
        const open = indexedDB.open('prepdeck-edits');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('edits').objectStore('edits').get(key);
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
    `aws-backend-interview/${card}`,
  );
}

test('a card edited on both devices: the later edit wins on both, the earlier kept in its history', async ({
  browser,
}) => {
  const [laptop, phone] = await twoSyncedDevices(browser, { offline: true });
  await laptop.context().setOffline(true);
  await editAnswer(laptop, 'what-is-cors', 'Laptop note: preflight is OPTIONS.');
  await editAnswer(phone, 'what-is-cors', 'Phone note: check the allowed origins.');
  await laptop.context().setOffline(false);

  const answer = (page: Page) => page.getByRole('region', { name: 'Answer', exact: true });
  for (const page of [laptop, phone]) {
    await page.goto(`${APP}#/cards/aws-backend-interview/what-is-cors`);
    await expect(answer(page)).toContainText('Phone note: check the allowed origins.', {
      timeout: 20_000,
    });
    await expect(answer(page)).not.toContainText('Laptop note');
  }
  for (const page of [laptop, phone]) {
    await expect
      .poll(async () => (await keptEdit(page, 'what-is-cors')).history?.map((v) => v.value.answer))
      .toContainEqual(expect.stringContaining('Laptop note: preflight is OPTIONS.'));
  }
  await laptop.context().close();
  await phone.context().close();
});

test('a deck added on one device comes to the other; deleted there, it is kept under Recently deleted here', async ({
  browser,
}) => {
  const [laptop, phone, database] = await twoSyncedDevices(browser);
  const { saved } = await addDeckFile(laptop, 'kafka-notes.md', kafkaNotes('Kafka notes'));
  expect(saved).toMatch(/^Saved “Kafka notes”/);

  // The phone has it, cards and all, without doing anything; and can study it.
  await phone.goto(APP);
  const deck = phone.getByRole('region', { name: 'Kafka notes' });
  await expect(deck).toBeVisible({ timeout: 20_000 });
  await phone.goto(`${APP}#/decks/kafka-notes/study`);
  await expect(phone.locator('#card-question')).toHaveText('What is a Kafka partition?');
  // The server holds the deck sealed: not a word of it in the clear.
  expect(JSON.stringify(await serverDocuments(database))).not.toMatch(/Kafka|partition/);

  // Deleted on the phone: gone from the laptop, and kept there under Recently deleted.
  await phone.goto(APP);
  await openFromNav(phone, 'Add a deck');
  const item = phone
    .getByRole('region', { name: 'Your decks' })
    .getByRole('listitem')
    .filter({ has: phone.getByLabel('Name of the deck of 2 cards from kafka-notes.md') });
  await item.getByRole('button', { name: 'Delete…' }).click();
  await item.getByRole('button', { name: 'Delete “Kafka notes”' }).click();
  await laptop.goto(APP);
  await expect(laptop.getByRole('region', { name: 'Kafka notes' })).toHaveCount(0, {
    timeout: 20_000,
  });
  await openFromNav(laptop, 'Add a deck');
  await expect(laptop.getByRole('listitem', { name: 'Kafka notes' })).toContainText(
    /Kafka notes: 2 cards, deleted /,
  );
  await laptop.context().close();
  await phone.context().close();
});

test('two tabs of one browser: one syncs for both, both show it; turned off in one, both stop', async ({
  browser,
}) => {
  const database = await newDatabase();
  const context = await browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  for (const tab of [first, second]) {
    await tab.goto(APP);
    await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Turned on in the first tab: the second, open all along, follows and says the same.
  const panel = await setUpSync(first, database);
  await panel.getByRole('button', { name: 'Merge and sync' }).click();
  await expect(badge(first)).toHaveText('Synced just now', { timeout: 15_000 });
  await expect(badge(second)).toHaveText('Synced just now', { timeout: 15_000 });

  // A grade in the second tab reaches the server through the tab that syncs.
  const sets = async () => (await serverDocuments(database)).length;
  const before = await sets();
  await study(second, 'what-is-ec2');
  await expect.poll(sets, { timeout: 15_000 }).toBeGreaterThan(before);
  await expect(badge(second)).toHaveText('Synced just now');

  // Turned off in the second tab (the one not syncing): the first stops too, and the sealed
  // copies are gone from this browser.
  await openSettings(second);
  await second
    .getByRole('region', { name: 'Sync between devices' })
    .getByRole('button', { name: 'Turn sync off' })
    .click();
  await expect(badge(first)).toHaveCount(0, { timeout: 15_000 });
  await expect(badge(second)).toHaveCount(0, { timeout: 15_000 });
  await openSettings(first);
  await expect(
    first.getByRole('region', { name: 'Sync between devices' }).getByLabel('Database address'),
  ).toBeVisible();
  await expect
    .poll(() => first.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
    .not.toContain('_pouch_prepdeck-sync');
  // Progress stays: the grade is here.
  await expect(await statsReviews(first)).toHaveAccessibleName(/: 1 review on 1 day$/);
  await context.close();
});

test('a token (JWT) in place of a user name and password: syncs; a token not accepted is told', async ({
  browser,
}) => {
  const database = await newDatabase();
  const page = await device(browser);
  let panel = await setUpSync(page, database, { user: '', password: 'eyJhbGciOiJub25lIn0.e30.' });
  await expect(panel.getByRole('alert')).toHaveText(
    'This server does not accept the token: it may have expired.',
  );
  panel = await setUpSync(page, database, { user: '', password: SYNC_TOKEN });
  await panel.getByRole('button', { name: 'Merge and sync' }).click();
  await expect(badge(page)).toHaveText('Synced just now', { timeout: 15_000 });
  await study(page, 'what-is-ec2');
  await expect
    .poll(async () => (await serverDocuments(database)).length, { timeout: 15_000 })
    .toBeGreaterThan(1);
  await page.context().close();
});

test('a wrong password, a wrong passphrase and a newer version’s database are told, and nothing starts', async ({
  browser,
}) => {
  const database = await newDatabase();
  const laptop = await device(browser);
  const first = await setUpSync(laptop, database);
  await first.getByRole('button', { name: 'Merge and sync' }).click();
  await expect(badge(laptop)).toHaveText('Synced just now', { timeout: 15_000 });

  const phone = await device(browser);
  const panel = await setUpSync(phone, database, { password: 'not-it' });
  await expect(panel.getByRole('alert')).toHaveText('Wrong user name or password for this server.');

  await setUpSync(phone, database, { passphrase: 'red fox in summer' });
  await expect(panel.getByRole('alert')).toHaveText(
    'This passphrase does not open the data on the server (it was set with another one).',
  );
  await expect(panel.getByRole('group', { name: 'Before syncing' })).toHaveCount(0);
  await expect(badge(phone)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Test connection' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    'Connected. The database already holds synced progress: your passphrase opens it.',
  );

  // A database a newer version of PrepDeck set up (its key document says so) is told as such,
  // not taken for a wrong passphrase.
  const newer = await newDatabase();
  const keys = (await serverDocuments(database)).find((doc) => doc._id === 'prepdeck-keys');
  const { _rev: _unused, ...check } = keys ?? {};
  await putOnServer(newer, { ...check, _id: 'prepdeck-keys', format: 2 });
  await setUpSync(phone, newer);
  await expect(panel.getByRole('alert')).toHaveText(
    'The data on the server was set up by a newer version of PrepDeck: update PrepDeck (reload this page) to sync with it.',
  );
  await expect(badge(phone)).toHaveCount(0);
  await openFromNav(phone, 'Home');
  await laptop.context().close();
  await phone.context().close();
});

test(
  'Settings › Sync and the header’s word on it fit the screen (down to 320 px) and pass axe',
  LAYOUT,
  async ({ page }) => {
    const database = await newDatabase();
    await page.goto('./');
    const fits = async (what: string) => {
      const { scrollWidth, width } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        width: window.innerWidth,
      }));
      expect(
        scrollWidth,
        `${what} is ${scrollWidth} px wide on a ${width} px screen`,
      ).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), what).toEqual([]);
    };
    // A wrong address is told beside its field; the long example in the hint wraps.
    const panel = await setUpSync(page, 'http://couch.example.com/prepdeck');
    await expect(
      panel.getByText('Use an https:// address (http:// only for a server on this computer).'),
    ).toBeVisible();
    await fits('Settings with an address error');

    await setUpSync(page, database);
    await expect(panel.getByRole('group', { name: 'Before syncing' })).toBeVisible();
    await fits('the plan before the first sync');
    await panel.getByRole('button', { name: 'Merge and sync' }).click();
    await expect(badge(page)).toHaveText('Synced just now', { timeout: 15_000 });
    await fits('Settings with sync on');
  },
);
