import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import decodeQR from 'qr/decode.js';
import { LAYOUT } from '../support/layout.ts';
import { openFromNav, openSettings, statsReviews } from '../support/main-nav.ts';
import { axeViolations } from '../support/axe.ts';

// Moving progress between two devices with no account (issue 13): two fresh browser contexts
// stand for a laptop and a phone. Each studies on its own, then one's progress is merged into
// the other's, by file and by link, and the result is the union of both.

const STORAGE_KEY = 'prepdeck:progress';
// Two devices studying, axe audits and a QR scan: longer than one page's journey on a busy machine.
test.describe.configure({ timeout: 180_000 });

const studyCards = (...ids: string[]) =>
  `./#/decks/aws-backend-interview/study?set=cards:${ids.join(',')}`;

/** Studies the given cards: Space reveals, 3 grades Good, each grade announced. */
async function study(page: Page, ids: string[], star = '') {
  await page.goto(studyCards(...ids));
  const question = page.locator('#card-question');
  for (let i = 0; i < ids.length; i++) {
    await expect(question).toBeVisible();
    const shown = await question.innerText();
    if (shown === star) {
      await page.keyboard.press('b');
      await expect(page.getByRole('button', { name: `Bookmark: ${star}` })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    await page.keyboard.press('Space');
    await expect(page.getByRole('region', { name: 'Answer', exact: true })).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByRole('status').filter({ hasText: /^Good\./ })).toBeVisible();
    if (i < ids.length - 1) await expect(question).not.toHaveText(shown);
  }
}

/** The saved review ids, once `count` of them are saved (saving waits for an idle moment). */
async function savedReviewIds(page: Page, count: number): Promise<string[]> {
  const ids = () =>
    page.evaluate((key) => {
      const saved = JSON.parse(window.localStorage.getItem(key) ?? '{"state":{"log":[]}}');
      return (saved.state.log as [string][]).map((entry) => entry[0]);
    }, STORAGE_KEY);
  await expect.poll(async () => (await ids()).length, { timeout: 15_000 }).toBe(count);
  return ids();
}

/** What a camera would read from a QR code on screen (another library's decoder than the app's encoder). */
async function scanQr(page: Page, code: Locator): Promise<string> {
  // Held whole on screen, as a user would: not at the edge, under a phone's bottom bar.
  await code.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const png = (await code.screenshot()).toString('base64');
  const image = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(img, 0, 0);
    const { width, height, data: rgba } = context.getImageData(0, 0, img.width, img.height);
    // As base64: a phone's screenshot is millions of bytes, slow to send as a JSON array.
    let binary = '';
    for (let i = 0; i < rgba.length; i += 0x8000)
      binary += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
    return { width, height, data: btoa(binary) };
  }, png);
  return decodeQR({ ...image, data: Uint8Array.from(Buffer.from(image.data, 'base64')) });
}

/** Makes a progress link in Settings: its QR code shown, the link's text returned. */
async function makeLink(page: Page): Promise<string> {
  await openSettings(page);
  await page.getByRole('button', { name: 'Make a link' }).click();
  await expect(page.getByRole('img', { name: 'QR code of the progress link' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Progress link' }).inputValue();
  expect(link).toMatch(/\/#\/merge\?p=[\w-]+$/);
  return link;
}

/** What axe finds wrong on the page as it is, as readable lines (none expected). */
async function violationsOn(page: Page, name: string): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations.map(
    (v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A new device: a fresh context, whose uncaught errors and console errors (CSP) are kept. */
async function fresh(browser: Browser, errors: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return page;
}

test('a progress file from one device merges into another’s own progress: the union', async ({
  browser,
}) => {
  const errors: string[] = [];
  // Device A: two cards, one of them starred.
  const a = await fresh(browser, errors);
  await study(a, ['what-is-aws', 'what-are-the-main-advantages-of-aws'], 'What is AWS?');
  const fromA = await savedReviewIds(a, 2);
  await openSettings(a);
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Download a backup' }).click();
  const file = await (await download).path();

  // Device B: a card in common with A, and one of its own.
  const b = await fresh(browser, errors);
  await study(b, ['what-is-aws', 'what-is-ec2']);
  const fromB = await savedReviewIds(b, 2);
  await openSettings(b);
  const chooser = b.waitForEvent('filechooser');
  await b.getByText('Merge from a file…').click();
  await (await chooser).setFiles(file);

  const preview = b.locator('.move-panel-preview');
  await expect(preview.getByRole('listitem')).toHaveText([
    'New reviews: 2, of 2 cards affected.',
    'Bookmarks: 1 card starred (the later change of each card wins).',
    'Settings: this device’s are kept; the other device’s are not copied.',
    /^Conflicts: none, by construction\./,
  ]);
  expect(await violationsOn(b, 'merge summary')).toEqual([]);
  // Nothing changes before Merge.
  expect(await savedReviewIds(b, 2)).toEqual(fromB);
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(b.getByRole('status').filter({ hasText: /^Merged:/ })).toHaveText(
    'Merged: 2 reviews added, 2 cards rescheduled from their whole history. Your settings are unchanged.',
  );

  await b.reload();
  await expect(await statsReviews(b)).toHaveAccessibleName(/: 4 reviews on 1 day$/);
  expect((await savedReviewIds(b, 4)).sort()).toEqual([...fromA, ...fromB].sort());
  await openFromNav(b, 'Cards');
  await expect(b.getByRole('button', { name: 'Bookmark: What is AWS?' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Merging the same file again brings nothing new.
  await openSettings(b);
  const again = b.waitForEvent('filechooser');
  await b.getByText('Merge from a file…').click();
  await (await again).setFiles(file);
  await expect(b.getByText(/holds nothing new: everything in it is here already\./)).toBeVisible();
  expect(errors).toEqual([]);
  await a.context().close();
  await b.context().close();
});

test('a progress link merges on the other device; a damaged one changes nothing', async ({
  browser,
}) => {
  const errors: string[] = [];
  const a = await fresh(browser, errors);
  await study(a, ['what-is-ec2']);
  const link = await makeLink(a);

  const b = await fresh(browser, errors);
  await study(b, ['what-is-aws']);
  const fromB = await savedReviewIds(b, 1);

  // A link cut short, as some apps do: said plainly, nothing changed.
  await b.goto(link.slice(0, link.length - 40));
  await expect(b.getByRole('alert')).toHaveText(
    /^Not merged, nothing changed: This link is damaged or cut short/,
  );
  expect(await savedReviewIds(b, 1)).toEqual(fromB);

  await b.goto(link);
  await expect(b.getByRole('listitem').first()).toHaveText('New reviews: 1, of 1 card affected.');
  await b.getByRole('button', { name: 'Merge' }).click();
  await expect(b.getByRole('status').filter({ hasText: /^Merged:/ })).toHaveText(
    /^Merged: 1 review added/,
  );
  // The progress left the address: a reload offers nothing to merge again.
  await expect(b).toHaveURL(/#\/merge$/);
  await b.reload();
  await expect(b.getByText(/This address carries no progress/)).toBeVisible();
  await expect(await statsReviews(b)).toHaveAccessibleName(/: 2 reviews on 1 day$/);
  expect(errors).toEqual([]);
  await a.context().close();
  await b.context().close();
});

// At each width: the QR code scans to the link, and the screens that merge pass axe.
test(
  'a progress link and its QR code, the screen it opens and a file’s merge summary, at every width',
  LAYOUT,
  async ({ browser }) => {
    const errors: string[] = [];
    const a = await fresh(browser, errors);
    await study(a, ['what-is-ec2']);
    const link = await makeLink(a);
    const code = a.getByRole('img', { name: 'QR code of the progress link' });
    expect(await scanQr(a, code)).toBe(link);
    expect(await violationsOn(a, 'link and QR code')).toEqual([]);
    const download = a.waitForEvent('download');
    await a.getByRole('button', { name: 'Download a backup' }).click();
    const file = await (await download).path();

    const b = await fresh(browser, errors);
    await b.goto(link);
    await expect(b.getByRole('heading', { level: 1 })).toHaveText(
      'Merge progress from another device',
    );
    await expect(b.getByRole('button', { name: 'Merge' })).toBeVisible();
    expect(await violationsOn(b, 'merge link screen')).toEqual([]);

    await openSettings(b);
    const chooser = b.waitForEvent('filechooser');
    await b.getByText('Merge from a file…').click();
    await (await chooser).setFiles(file);
    await expect(b.locator('.move-panel-preview').getByRole('listitem').first()).toHaveText(
      'New reviews: 1, of 1 card affected.',
    );
    expect(await violationsOn(b, 'merge summary')).toEqual([]);
    expect(errors).toEqual([]);
    await a.context().close();
    await b.context().close();
  },
);
