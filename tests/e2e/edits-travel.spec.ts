import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openFromNav, openSettings } from '../support/main-nav.ts';

// Card edits (issue 19) go wherever the user's data goes, on the real build: a backup restored
// into a fresh browser brings the edited answer, the tag and the suspension; a merge into a
// browser with its own later change keeps the later change of each part; a second tab shows an
// edit made in the first without a reload; and when a new version of the app ships the built-in
// deck changed, an edited card keeps the user's text and says so, an unedited one follows.

test.describe.configure({ timeout: 180_000 });

const DECK = 'aws-backend-interview';
const CORS = 'what-is-cors';
const CORS_KEY = `${DECK}/${CORS}`;
const cardPage = (card: string) => `./#/cards/${DECK}/${card}`;
const NOTE = 'My note: the preflight is an OPTIONS request.';
/** The first words of the CORS answer as the app ships it (content/aws-backend-interview.md). */
const SHIPPED_CORS = 'CORS (Cross-Origin Resource Sharing) is a browser security mechanism';
const SHIPPED_AWS = 'AWS (Amazon Web Services) is a cloud computing platform';

/** Fails the test on any uncaught error or console error of the app (CSP included). */
function trackErrors(page: Page, errors: string[]): Page {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return page;
}

/** A new browser: a fresh context (empty storage), its errors kept. */
async function fresh(browser: Browser, errors: string[]): Promise<Page> {
  return trackErrors(await (await browser.newContext()).newPage(), errors);
}

const main = (page: Page) => page.getByRole('main');
const answerRegion = (page: Page) => page.getByRole('region', { name: 'Answer', exact: true });
const states = (page: Page) => main(page).getByRole('list', { name: 'State' });
const tagList = (page: Page) => main(page).getByRole('list', { name: 'Tags' });
const changedNotice = (page: Page) =>
  page.getByText('The deck’s own text of this card changed since you edited it.');

/**
 * On the CORS card's page: Edit, then (each typed key by key) `note` added at the end of the
 * answer and `tags` in the tags box, saved with Ctrl+Enter.
 */
async function editCors(page: Page, { note, tags }: { note?: string; tags?: string }) {
  await page.goto(cardPage(CORS));
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit this card' })).toBeVisible();
  if (note !== undefined) {
    const answer = page.getByRole('textbox', { name: 'Answer' });
    await answer.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await answer.pressSequentially(`\n\n${note}`);
    await expect(page.getByRole('group', { name: 'Preview of the answer' })).toContainText(note);
  }
  if (tags !== undefined) {
    const box = page.getByRole('textbox', { name: 'Tags' });
    await box.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await box.pressSequentially(tags);
  }
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Your edit is saved/ })).toHaveText(
    'Your edit is saved. The card keeps its schedule.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is CORS?');
}

/** "Download a backup" in Settings: the file's path. */
async function downloadBackup(page: Page): Promise<string> {
  await openSettings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  return (await (await download).path()) as string;
}

/** A file chosen in Settings with "Merge from a file…" or "Restore from a file…". */
async function chooseFile(page: Page, label: string, file: string) {
  await openSettings(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByText(label).click();
  await (await chooser).setFiles(file);
}

/** Cards, searched for `words` typed key by key (the box emptied first). */
async function findInCards(page: Page, words: string) {
  await openFromNav(page, 'Cards');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cards');
  const box = page.getByRole('searchbox', { name: /Search questions and answers/ });
  await box.clear();
  await box.pressSequentially(words);
}

/** What a card page of the CORS card shows after the edit of test 1, and the suspended EC2 card. */
async function expectRestored(page: Page) {
  await page.goto(cardPage(CORS));
  await expect(answerRegion(page)).toContainText(NOTE);
  await expect(answerRegion(page)).toContainText(SHIPPED_CORS);
  await expect(states(page)).toHaveText('Edited');
  await expect(tagList(page)).toHaveText('web-security');
  await expect(page.getByRole('button', { name: 'Undo my edit' })).toBeVisible();
  // Edited over the deck's text as it is now: the original shows, and no notice of a change.
  await page.getByRole('button', { name: 'Show the original' }).click();
  const original = page.getByRole('region', { name: 'The deck’s original' });
  await expect(original).toContainText(SHIPPED_CORS);
  await expect(original).not.toContainText(NOTE);
  await expect(changedNotice(page)).toHaveCount(0);

  await page.goto(cardPage('what-is-ec2'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is EC2?');
  await expect(states(page)).toHaveText('Suspended');
  await expect(page.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
}

test('a backup carries card edits, a tag and a suspension into a fresh browser', async ({
  browser,
}) => {
  const errors: string[] = [];
  const a = await fresh(browser, errors);
  await editCors(a, { note: NOTE, tags: 'web-security' });
  await expect(states(a)).toHaveText('Edited');
  await expect(tagList(a)).toHaveText('web-security');
  await a.goto(cardPage('what-is-ec2'));
  await a.getByRole('button', { name: 'Suspend' }).click();
  await expect(states(a)).toHaveText('Suspended');

  const file = await downloadBackup(a);
  const saved = JSON.parse(await readFile(file, 'utf8')) as { edits?: Record<string, unknown> };
  expect(Object.keys(saved.edits ?? {}).sort()).toEqual([CORS_KEY, `${DECK}/what-is-ec2`]);

  // Another browser, which has never seen these edits.
  const b = await fresh(browser, errors);
  await b.goto(cardPage(CORS));
  await expect(answerRegion(b)).toContainText(SHIPPED_CORS);
  await expect(answerRegion(b)).not.toContainText(NOTE);
  await expect(states(b)).toHaveCount(0);
  await chooseFile(b, 'Restore from a file…', file);
  await expect(b.getByText(/It holds edits of 2 cards/)).toContainText(
    'It holds edits of 2 cards (text, tags, suspensions), merged with yours: the later change of each wins.',
  );
  await b.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(b.getByRole('status').filter({ hasText: /^Restored\./ })).toContainText(
    'Edits of 2 cards merged with yours.',
  );

  await expectRestored(b);
  // Cards finds it by its tag, in the Tag menu and with `tag:` in the search.
  await findInCards(b, '');
  await b.getByRole('combobox', { name: 'Tag' }).selectOption('web-security');
  await expect(b.locator('.browse-count')).toHaveText('1 card');
  const rows = b.locator('.browse-list > li');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link', { name: 'What is CORS?', exact: true })).toBeVisible();
  await findInCards(b, 'tag:web-security');
  await expect(b.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
  await expect(b.locator('.browse-count')).toHaveText('1 card matching “tag:web-security”');
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('link', { name: 'What is CORS?', exact: true })).toBeVisible();

  // Saved, not only shown: all there after a reload.
  await b.goto(cardPage(CORS));
  await b.reload();
  await expectRestored(b);
  expect(errors).toEqual([]);
  await a.context().close();
  await b.context().close();
});

test('a merge brings the file’s edited answer; a later tag made here wins over the file’s', async ({
  browser,
}) => {
  const errors: string[] = [];
  const a = await fresh(browser, errors);
  await editCors(a, { note: NOTE, tags: 'from-file' });
  const file = await downloadBackup(a);

  // Another device, whose own change of the card's tags comes after the file was made.
  const c = await fresh(browser, errors);
  await editCors(c, { tags: 'mine-later' });
  await expect(tagList(c)).toHaveText('mine-later');
  await expect(answerRegion(c)).not.toContainText(NOTE);

  await chooseFile(c, 'Merge from a file…', file);
  const preview = c.locator('.move-panel-preview');
  await expect(preview.getByRole('listitem').filter({ hasText: /^Card edits:/ })).toHaveText(
    'Card edits: 1 card edited, tagged, suspended or buried there; for each, the later change wins, and a text that loses stays in the card’s history.',
  );
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(c.getByRole('status').filter({ hasText: /^Merged:/ })).toContainText(
    'Edits of 1 card merged with yours.',
  );

  for (const reload of [false, true]) {
    await c.goto(cardPage(CORS));
    if (reload) await c.reload();
    await expect(answerRegion(c)).toContainText(NOTE);
    await expect(states(c)).toHaveText('Edited');
    await expect(tagList(c)).toHaveText('mine-later');
  }
  expect(errors).toEqual([]);
  await a.context().close();
  await c.context().close();
});

test('an edit saved in one tab shows in another tab already on the card, without a reload', async ({
  context,
}) => {
  const errors: string[] = [];
  const first = trackErrors(await context.newPage(), errors);
  const second = trackErrors(await context.newPage(), errors);
  await second.goto(cardPage(CORS));
  await expect(answerRegion(second)).toContainText(SHIPPED_CORS);
  await expect(states(second)).toHaveCount(0);
  // A mark that a reload would take away.
  await second.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });

  await editCors(first, { note: NOTE });
  await expect(answerRegion(first)).toContainText(NOTE);

  await expect(answerRegion(second)).toContainText(NOTE);
  await expect(states(second)).toHaveText('Edited');
  await expect(second.getByRole('button', { name: 'Undo my edit' })).toBeVisible();
  expect(
    await second.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
  expect(errors).toEqual([]);
});

test('a link straight to an edited card shows the user’s question from its first drawing, never the deck’s first', async ({
  page,
}) => {
  await page.goto(cardPage(CORS));
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const question = page.getByRole('textbox', { name: 'Question', exact: true });
  await question.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await question.pressSequentially(' In two lines');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is CORS? In two lines');
  // Every question the page's heading shows, from its first drawing on.
  await page.addInitScript(() => {
    const w = window as unknown as { headings: string[] };
    w.headings = [];
    new MutationObserver(() => {
      const text = document.querySelector('main h1')?.textContent ?? '';
      if (text && text !== w.headings.at(-1)) w.headings.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('./');
  await page.goto(cardPage(CORS));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is CORS? In two lines');
  const shown = await page.evaluate(() => (window as unknown as { headings: string[] }).headings);
  expect(shown).toEqual(['What is CORS? In two lines']);
});

test.describe('a new version of the app ships the built-in deck changed', () => {
  // Requests go to the server, not to a service worker's cache, so the next version can be served.
  test.use({ serviceWorkers: 'block' });
  // Every script of these pages passes through page.route (fetched and rewritten in Node): on a
  // busy machine a page can take longer than the 5 s default to draw. Its first check waits longer.
  const LOADED = { timeout: 20_000 };

  test('a card the user edited keeps the user’s text and says the deck’s changed; one never edited takes the new text', async ({
    page,
  }) => {
    const errors: string[] = [];
    trackErrors(page, errors);
    await editCors(page, { note: NOTE });
    await expect(changedNotice(page)).toHaveCount(0);

    // The next version: the same app with two of its deck's answers rewritten, served from the
    // same address (the deck's answers are one chunk of the build).
    const NEW_CORS = 'CORS, in the new version: the browser asks the server which origins may read';
    const NEW_AWS = 'AWS, in the new version: Amazon’s cloud of on-demand services';
    let served = 0;
    await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
      try {
        const response = await route.fetch();
        const body = await response.text();
        if (!body.includes(SHIPPED_CORS)) return await route.fulfill({ response });
        served += 1;
        await route.fulfill({
          response,
          body: body.replace(SHIPPED_CORS, NEW_CORS).replace(SHIPPED_AWS, NEW_AWS),
        });
      } catch (error) {
        // A prefetch still on its way when the test moves to another page: its response is
        // disposed with the page it was for, and nothing waits for it any more.
        if (!/disposed|Test ended/.test(String(error))) throw error;
      }
    });
    await page.reload();
    await expect(answerRegion(page)).toContainText(NOTE, LOADED);
    await expect(answerRegion(page)).toContainText(SHIPPED_CORS);
    await expect(answerRegion(page)).not.toContainText(NEW_CORS);
    await expect(states(page)).toHaveText('Edited');
    await expect(changedNotice(page)).toBeVisible();
    expect(served).toBeGreaterThan(0);

    const show = page.getByRole('button', { name: 'Show the original' });
    await show.click();
    await expect(show).toHaveAttribute('aria-expanded', 'true');
    const original = page.getByRole('region', { name: 'The deck’s original' });
    await expect(original).toContainText(NEW_CORS);
    await expect(original).not.toContainText(SHIPPED_CORS);
    await expect(original).not.toContainText(NOTE);

    // A card the user never edited follows the deck: the new text, no badge, no notice.
    await page.goto(cardPage('what-is-aws'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is AWS?', LOADED);
    await expect(answerRegion(page)).toContainText(NEW_AWS);
    await expect(answerRegion(page)).not.toContainText(SHIPPED_AWS);
    await expect(states(page)).toHaveCount(0);
    await expect(changedNotice(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show the original' })).toHaveCount(0);

    // "Undo my edit" then takes the new version's text.
    await page.goto(cardPage(CORS));
    await page.getByRole('button', { name: 'Undo my edit' }).click();
    await expect(answerRegion(page)).toContainText(NEW_CORS);
    await expect(answerRegion(page)).not.toContainText(NOTE);
    await expect(changedNotice(page)).toHaveCount(0);
    expect(errors).toEqual([]);
    // Prefetches still in flight through the route end with the test, not as its failure.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
