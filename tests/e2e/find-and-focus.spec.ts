import { writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';
import { trackErrors } from '../support/page-errors.ts';
import { openFromNav } from '../support/main-nav.ts';
import { axeViolations } from '../support/axe.ts';

// Finding and focusing on the real build: search, card pages, bookmarks, quiz, custom study
// and cram, accessibility (axe, light and dark) and keyboard use. Every test starts with empty
// localStorage (a new browser context).

const DECK = 'aws-backend-interview';
const STUDY = `./#/decks/${DECK}/study`;
const CRAM = `${STUDY}?set=all&cram=1`;
const STORAGE_KEY = 'prepdeck:progress';

const NACL = 'Difference between Security Group and NACL?';
const CORS = 'What is CORS?';
const CORS_URL = `#/cards/${DECK}/what-is-cors`;
const FIRST_CARD = 'What is AWS?';

interface SavedProgress {
  state: {
    log?: unknown[];
    cards?: Record<string, unknown>;
    bookmarks?: Record<string, [0 | 1, number]>;
  };
}

async function savedProgress(page: Page): Promise<SavedProgress | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as SavedProgress);
}

/** No review written: the progress key is absent, or its log (and card states) are empty. */
async function expectNoReviewsSaved(page: Page) {
  const saved = await savedProgress(page);
  expect(saved?.state.log ?? [], 'no review in the saved log').toEqual([]);
  expect(Object.keys(saved?.state.cards ?? {}), 'no card state saved').toEqual([]);
}

const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: /Search questions and answers/ });
const answerRegion = (page: Page) => page.getByRole('region', { name: 'Answer', exact: true });
const cardLink = (page: Page, name: string) =>
  page.getByRole('main').getByRole('link', { name, exact: true });

test.describe('search', () => {
  test('finds NACL, highlights it, and the card shows its table', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto('./#/browse');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cards');
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await box.pressSequentially('NACL');
    await expect(page.getByRole('status').filter({ hasText: 'matching “NACL”' })).toBeVisible();

    const result = cardLink(page, NACL);
    await expect(result).toBeVisible();
    await expect(result.locator('mark')).toHaveText(['NACL']);
    // The filters are in the URL.
    await expect(page).toHaveURL(/#\/browse\?q=NACL$/);

    await result.click();
    await expect(page).toHaveURL(
      new RegExp(`#/cards/${DECK}/difference-between-security-group-and-nacl$`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NACL);
    const table = answerRegion(page).getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Feature', 'SG', 'NACL']);
    await expect(table.getByRole('row', { name: /Stateful/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('finds a phrase that is only in an answer, and the answer has highlighted code', async ({
    page,
  }) => {
    const errors = trackErrors(page);
    const phrase = 'Access-Control-Allow-Origin';
    await page.goto('./#/browse');
    await searchBox(page).fill(phrase);

    const result = cardLink(page, CORS);
    await expect(result).toBeVisible();
    // The question does not contain the phrase: the match is in the answer, shown as a snippet.
    await expect(result).not.toContainText('Access');
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: CORS, exact: true }) });
    await expect(row.locator('.browse-row-snippet mark').first()).toBeVisible();

    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CORS);
    const code = answerRegion(page).locator('pre code.language-js').first();
    await expect(code).toContainText('export const handler');
    await expect(code.locator('[class^="hljs-"], [class*=" hljs-"]').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('/ opens the search from another page; case and accents are ignored', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/#\/browse$/);
    const box = searchBox(page);
    await expect(box).toBeFocused();
    // The `/` that opened the search is not typed into it.
    await expect(box).toHaveValue('');

    await page.keyboard.type('ÉLASTIC');
    await expect(box).toHaveValue('ÉLASTIC');
    for (const question of [
      'What is AWS Elastic Beanstalk?',
      'What is Elastic Beanstalk used for?',
    ]) {
      const result = cardLink(page, question);
      await expect(result).toBeVisible();
      await expect(result.locator('mark')).toHaveText(['Elastic']);
    }

    // On the browse page, `/` moves focus back to the box from elsewhere.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(box).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('ÉLASTIC');
    expect(errors).toEqual([]);
  });
});

test('a card URL survives a reload and opens directly in a fresh browser', async ({
  page,
  browser,
}) => {
  const errors = trackErrors(page);
  await page.goto('./#/browse?q=cors');
  await cardLink(page, CORS).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CORS);
  await expect(page).toHaveURL(new RegExp(`${CORS_URL}$`));
  const url = page.url();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CORS);
  await expect(answerRegion(page).locator('pre code.language-js').first()).toContainText(
    'export const handler',
  );

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const otherErrors = trackErrors(other);
    await other.goto(url);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(CORS);
    await expect(other.getByRole('link', { name: 'Study this section' })).toBeVisible();
    expect(otherErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
  expect(errors).toEqual([]);
});

test('b bookmarks the card being studied, and the bookmark is kept', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto(STUDY);
  const question = page.getByRole('heading', { level: 2, name: FIRST_CARD });
  await expect(question).toBeFocused();
  await page.keyboard.press('b');
  await expect(page.getByRole('status')).toHaveText('Bookmarked.');
  await expect(page.getByRole('button', { name: `Bookmark: ${FIRST_CARD}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();
  await expect(question).toBeVisible();
  const saved = await savedProgress(page);
  expect(Object.keys(saved?.state.bookmarks ?? {})).toEqual([`${DECK}/what-is-aws`]);
  expect(saved?.state.bookmarks?.[`${DECK}/what-is-aws`]?.[0]).toBe(1);
  // Bookmarking is not a review.
  expect(saved?.state.log ?? []).toEqual([]);

  await page.goto('./#/browse?filter=bookmarked');
  await expect(page.getByRole('checkbox', { name: 'bookmarked' })).toBeChecked();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('listitem')).toContainText(FIRST_CARD);
  await expect(page.getByRole('status')).toHaveText('1 card');

  await page.goto('./#/weak');
  const bookmarks = page.getByRole('region', { name: 'Bookmarked (1)' });
  await expect(bookmarks).toBeVisible();
  await expect(bookmarks.getByRole('listitem')).toHaveCount(1);
  await bookmarks.getByRole('link', { name: FIRST_CARD, exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`#/cards/${DECK}/what-is-aws$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_CARD);
  await expect(page.getByRole('button', { name: `Bookmark: ${FIRST_CARD}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(errors).toEqual([]);
});

test('a quiz scores ten answers, bookmarks the missed, and leaves the schedule alone', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('./#/quiz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
  await page.getByRole('button', { name: 'Start a quiz of 10' }).click();
  // The one shortcut sheet lists the quiz's keys: study's keys for the grades it offers.
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('rowheader')).toHaveText([
    'Space or Enter',
    '1',
    '3',
    '/',
    '?',
    'Esc',
  ]);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Good or Again for each question, study's words and keys; a few by the buttons, the rest by keyboard.
  const plan = [true, false, true, true, false, true, false, true, true, true];
  const byButton = new Set([1, 3, 8]);
  const asked: string[] = [];
  const missed: string[] = [];
  for (const [i, right] of plan.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
    await expect(page.getByText('Quiz: schedule not changed')).toBeVisible();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    const question = await heading.innerText();
    expect(asked, 'each question is asked once').not.toContain(question);
    asked.push(question);
    await expect(answerRegion(page)).toHaveCount(0);

    await page.keyboard.press('Space');
    await expect(answerRegion(page)).toBeVisible();
    const scoring = page.getByRole('group', { name: 'How well did you know it?' });
    await expect(scoring.getByRole('button')).toHaveText(['Again1', 'Good3']);
    if (byButton.has(i)) {
      await scoring.getByRole('button', { name: right ? 'Good' : 'Again' }).click();
    } else {
      await page.keyboard.press(right ? '3' : '1');
    }
    if (!right) missed.push(question);
  }

  const summary = page.getByRole('heading', { level: 1 });
  await expect(summary).toHaveText('Quiz done: 7 of 10 Good');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Again (3)', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText(missed);
  await expectNoReviewsSaved(page);

  await page.getByRole('button', { name: 'Bookmark the 3 missed cards' }).click();
  await expect(page.getByRole('button', { name: 'Bookmarked' })).toBeDisabled();
  // Bookmarks are saved; still no review.
  // Saving waits for an idle moment.
  await expect
    .poll(async () => Object.keys((await savedProgress(page))?.state.bookmarks ?? {}))
    .toHaveLength(3);
  await expectNoReviewsSaved(page);

  await openFromNav(page, 'Weak spots');
  const bookmarks = page.getByRole('region', { name: 'Bookmarked (3)' });
  await expect(bookmarks).toBeVisible();
  await expect(bookmarks.getByRole('listitem')).toHaveCount(3);
  // Listed in deck order, not quiz order.
  const listed = await bookmarks.getByRole('listitem').getByRole('link').allInnerTexts();
  expect([...listed].sort()).toEqual([...missed].sort());
  // Nothing became weak or studied.
  await expect(page.getByRole('heading', { name: 'Weak cards (0)' })).toBeVisible();
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Study now · 20 cards' })).toBeVisible();
  await expectNoReviewsSaved(page);
  expect(errors).toEqual([]);
});

test.describe('custom study and cram', () => {
  test('"Study" on a section opens a sitting of that section', async ({ page }) => {
    const errors = trackErrors(page);
    const section = '🌐 Networking & Security';
    await page.goto('./#/weak');
    await page.getByRole('link', { name: `Study ${section}` }).click();
    await expect(page).toHaveURL(/#\/decks\/aws-backend-interview\/study\?set=section%3A/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section);
    await expect(page.getByRole('heading', { level: 2, name: 'What is a VPC?' })).toBeVisible();
    await expect(page.locator('.card-meta')).toContainText(section);

    // The same from the deck's page.
    await page.goto('./#/decks/aws-backend-interview');
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: section, exact: true }) })
      .getByRole('link', { name: 'Study', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section);
    await expect(page.getByRole('heading', { level: 2, name: 'What is a VPC?' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('cramming grades cards without writing reviews', async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(CRAM);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText('Every card');
    await expect(title.getByText('Cram: schedule not changed')).toBeVisible();
    await expect(page.getByText('52 to go')).toBeVisible();

    const question = page.locator('#card-question');
    const first = await question.innerText();
    await page.keyboard.press('Space');
    await expect(answerRegion(page)).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByRole('status')).toHaveText(
      'Good. Cramming: the schedule is not changed.',
    );
    await expect(question).not.toHaveText(first);
    await expect(page.getByText('51 to go')).toBeVisible();
    // Again puts the card back at the end of the round.
    await page.keyboard.press('Space');
    await expect(answerRegion(page)).toBeVisible();
    await page.keyboard.press('1');
    await expect(page.getByRole('status')).toHaveText(
      'Again. Cramming: the schedule is not changed.',
    );
    await expect(page.getByRole('progressbar')).toHaveAccessibleName(
      'Session progress: 2 done, 51 to go',
    );
    await expectNoReviewsSaved(page);

    await page.reload();
    await expect(page.getByText('52 to go')).toBeVisible();
    await expectNoReviewsSaved(page);
    expect(errors).toEqual([]);
  });
});

// ——— Accessibility ———

interface Found {
  view: string;
  id: string;
  impact: string;
  targets: string[];
  help: string;
  /** axe's explanation for the first element, e.g. the colours and the contrast ratio. */
  why: string;
}

/** Runs axe on the page as it is; records every violation; any violation, of any impact, fails. */
async function audit(page: Page, view: string, found: Found[]) {
  const here = (await axeViolations(page)).flatMap((v) =>
    v.nodes.length
      ? [
          {
            view,
            id: v.id,
            impact: v.impact ?? 'unknown',
            targets: v.nodes.map((n) => n.target.join(' ')),
            help: v.help,
            why: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
          },
        ]
      : [],
  );
  found.push(...here);
  expect
    .soft(
      here.map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`),
      `axe violations on ${view}`,
    )
    .toEqual([]);
}

async function auditEveryView(page: Page, found: Found[], testInfo: TestInfo) {
  const h1 = page.getByRole('heading', { level: 1 });
  // The same quiz questions on every run: Math.random seeded (mulberry32).
  await page.addInitScript(() => {
    let seed = 20_240_601;
    Math.random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  });

  await page.goto('./');
  await expect(page.getByText('52 cards · 0 learned')).toBeVisible();
  await audit(page, 'home', found);

  await page.getByRole('link', { name: /^AWS Interview Questions/ }).click();
  await expect(page.getByText('52 cards in 9 sections')).toBeVisible();
  await audit(page, 'deck page', found);

  await page.goto(STUDY);
  await expect(page.getByRole('heading', { level: 2, name: FIRST_CARD })).toBeVisible();
  await audit(page, 'study: question', found);
  await page.keyboard.press('Space');
  await expect(answerRegion(page)).toContainText('AWS (Amazon Web Services)');
  await audit(page, 'study: answer shown', found);

  await page.goto('./#/browse');
  await searchBox(page).fill('lambda');
  await expect(cardLink(page, 'What is AWS Lambda?')).toBeVisible();
  await audit(page, 'browse: search "lambda"', found);

  await page.goto(`./${CORS_URL}`);
  await expect(answerRegion(page).locator('pre code.hljs').first()).toBeVisible();
  await audit(page, 'card page (CORS)', found);

  await page.goto('./#/weak');
  await expect(h1).toHaveText('Weak spots');
  await audit(page, 'weak spots', found);

  await page.goto('./#/quiz');
  await expect(h1).toHaveText('Quiz');
  await audit(page, 'quiz: setup', found);
  await page.getByRole('button', { name: 'Start a quiz of 10' }).click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  const firstQuestion = await h1.innerText();
  await audit(page, `quiz: question (“${firstQuestion}”)`, found);
  for (let i = 0; i < 10; i++) {
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
    await page.keyboard.press('Space');
    await expect(answerRegion(page)).toBeVisible();
    if (i === 0) await audit(page, `quiz: answer shown (“${firstQuestion}”)`, found);
    await page.keyboard.press(i % 3 === 0 ? '1' : '3');
  }
  await expect(h1).toHaveText('Quiz done: 6 of 10 Good');
  await audit(page, 'quiz: summary', found);

  await page.goto('./#/settings');
  await expect(h1).toHaveText('Settings');
  await audit(page, 'settings', found);

  // Every violation, whatever its impact, for the report: attached, and kept in test-results.
  const body = JSON.stringify(found, null, 2);
  await writeFile(testInfo.outputPath('axe-violations.json'), body);
  await testInfo.attach('axe-violations', { body, contentType: 'application/json' });
}

test.describe('accessibility (axe)', LAYOUT, () => {
  // Each test runs axe on about 15 views; on a busy 2-core machine that alone took over the
  // 90 s default (three timeouts in one CI run at load ~10). The work is fixed; allow for it.
  test.slow();
  test('no violations in light', async ({ page }, testInfo) => {
    const found: Found[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await auditEveryView(page, found, testInfo);
  });

  test('no violations in dark (system setting)', async ({ page }, testInfo) => {
    const found: Found[] = [];
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await auditEveryView(page, found, testInfo);
  });

  // The toggle sets the same colours as the system's dark (tokens.css: light-dark(), with
  // color-scheme chosen): every colour is compared with the system's, and one screen audited,
  // rather than auditing every screen a third time.
  test('dark chosen with the theme toggle: the colours of the system dark, no violations', async ({
    page,
  }) => {
    const found: Found[] = [];
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.getByText('52 cards · 0 learned')).toBeVisible();
    const systemDark = await page.evaluate(palette);

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(palette)).not.toEqual(systemDark);
    await page.getByRole('button', { name: 'Theme: system' }).click();
    await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(palette)).toEqual(systemDark);
    await audit(page, 'home, dark chosen', found);

    // The choice holds on another screen and after a reload.
    await page.goto(`./${CORS_URL}`);
    await page.reload();
    await expect(answerRegion(page).locator('pre code.hljs').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(palette)).toEqual(systemDark);
  });
});

/** Every colour token of the page (`--name` on the root) as the browser resolves it now. */
function palette(): Record<string, string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const colours: Record<string, string> = {};
  for (const name of getComputedStyle(document.documentElement)) {
    if (!name.startsWith('--')) continue;
    probe.style.color = `var(${name})`;
    colours[name] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colours;
}

// ——— Keyboard ———

/** The focus indicator of an element: an outline that is drawn, or a box shadow. */
async function focusRing(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
    };
  });
}

async function expectVisibleFocus(locator: Locator, what: string) {
  await expect(locator).toBeFocused();
  const ring = await focusRing(locator);
  expect(ring.outline || ring.shadow, `${what} shows where the focus is`).toBe(true);
}

test.describe('keyboard', () => {
  test('Tab reaches the skip link, then the navigation, each with a visible focus', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expectVisibleFocus(skip, 'the skip link');
    await expect(skip).toBeInViewport();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'PrepDeck' })).toBeFocused();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of [
      'Home',
      'Cards',
      'Weak spots',
      'Quiz',
      'Mock',
      'Stats',
      'Settings',
      'Add a deck',
    ]) {
      await page.keyboard.press('Tab');
      await expectVisibleFocus(nav.getByRole('link', { name }), `the nav link ${name}`);
    }
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page.getByRole('button', { name: /^Theme:/ }), 'the theme button');

    // Enter on a nav link follows it.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
    await expect(nav.getByRole('link', { name: 'Quiz' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
    await expect(nav.getByRole('link', { name: 'Quiz' })).toHaveAttribute('aria-current', 'page');
  });

  test('the skip link moves focus to the content and stays on the same screen', async ({
    page,
  }) => {
    await page.goto('./#/weak');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weak spots');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weak spots');
    // The next Tab goes into the content, not back to the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').locator(':focus')).toHaveCount(0);
  });

  test('buttons and the search work from the keyboard, focus always shown', async ({ page }) => {
    await page.goto('./#/browse');
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await page.keyboard.type('cold start');
    const first = cardLink(page, 'What is a Lambda cold start?');
    await expect(first).toBeVisible();

    // Tab through the filters to the first result, then its star.
    let guard = 0;
    while (!(await first.evaluate((el) => el === document.activeElement)) && guard++ < 20) {
      await page.keyboard.press('Tab');
    }
    await expectVisibleFocus(first, 'a result link');
    await page.keyboard.press('Tab');
    const star = page.getByRole('button', { name: 'Bookmark: What is a Lambda cold start?' });
    await expectVisibleFocus(star, 'a bookmark button');
    await page.keyboard.press('Space');
    await expect(star).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(star).toHaveAttribute('aria-pressed', 'false');

    // Back to the result, Enter opens the card.
    await page.keyboard.press('Shift+Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'What is a Lambda cold start?',
    );
  });
});
