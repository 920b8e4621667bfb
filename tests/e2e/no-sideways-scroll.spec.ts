import { expect, test, type Page } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';

// Every screen fits the phone it is shown on: nothing scrolls sideways, at 1280, 360 or 320 px
// (one Playwright project each). Wide tables and code scroll inside their own box instead.

const STORAGE_KEY = 'prepdeck:progress';
const DECK = 'aws-backend-interview';

/** Grades `n` cards Good by keyboard, so that Stats, Weak spots and the countdown have data. */
async function gradeCards(page: Page, n: number) {
  await page.goto(`./#/decks/${DECK}/study`);
  for (let i = 0; i < n; i++) {
    const question = page.getByRole('heading', { level: 2 });
    const text = await question.textContent();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    await page.keyboard.press('3');
    await expect(question).not.toHaveText(text ?? '');
  }
}

/** Sets an interview two weeks out in the saved settings, as Settings would save it. */
async function setInterviewInTwoWeeks(page: Page) {
  // After the deferred save of the graded cards, so that it cannot overwrite this.
  await expect
    .poll(() =>
      page.evaluate((key) => {
        const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as {
          state: { log: unknown[] };
        } | null;
        return saved?.state.log.length;
      }, STORAGE_KEY),
    )
    .toBe(3);
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      state: { settings: Record<string, unknown> };
    };
    saved.state.settings.interviewAt = Date.now() + 14 * 86_400_000;
    localStorage.setItem(key, JSON.stringify(saved));
  }, STORAGE_KEY);
}

async function expectNoSidewaysScroll(page: Page, screen: string) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    // On a phone the layout viewport grows to fit wide content: compare with the screen too.
    width: Math.min(window.innerWidth, window.screen.width),
  }));
  expect(
    scrollWidth,
    `${screen} is ${scrollWidth} px wide on a ${width} px screen`,
  ).toBeLessThanOrEqual(width);
}

const reveal = async (page: Page) => {
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('region', { name: 'Answer' }).locator('table').first()).toBeVisible();
};

const screens: {
  name: string;
  hash: string;
  ready: RegExp;
  act?: (page: Page) => Promise<void>;
}[] = [
  { name: 'Home with a countdown', hash: '#/', ready: /Interview in \d+ days/ },
  { name: 'Study', hash: `#/decks/${DECK}/study`, ready: /AWS Interview Questions/ },
  { name: 'Cards', hash: '#/browse', ready: /^Cards$/ },
  { name: 'Card page', hash: `#/cards/${DECK}/what-is-cors`, ready: /CORS/ },
  {
    // SG vs NACL: an answer with a table.
    name: 'Section reader, table revealed',
    hash: `#/decks/${DECK}/sections/networking-security/4`,
    ready: /Security Group and NACL/,
    act: reveal,
  },
  { name: 'Weak spots', hash: '#/weak', ready: /^Weak spots$/ },
  { name: 'Quiz', hash: '#/quiz', ready: /Quiz/ },
  { name: 'Mock interview', hash: '#/mock', ready: /Mock/ },
  { name: 'Statistics', hash: '#/stats', ready: /^Statistics$/ },
  { name: 'Settings', hash: '#/settings', ready: /^Settings$/ },
];

test('no screen scrolls sideways', LAYOUT, async ({ page }) => {
  await gradeCards(page, 3);
  await setInterviewInTwoWeeks(page);
  for (const screen of screens) {
    await page.goto(`./${screen.hash}`);
    await page.reload();
    await expect(page.getByRole('heading', { name: screen.ready }).first()).toBeVisible();
    await screen.act?.(page);
    await expectNoSidewaysScroll(page, screen.name);
  }
});

test('answer tables break no word and scroll inside their own box', LAYOUT, async ({ page }) => {
  await page.goto(`./#/cards/${DECK}/what-is-the-difference-between-ec2-and-lambda`);
  const table = page.getByRole('region', { name: 'Answer' }).getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: 'Feature' })).toBeVisible();
  // A word split over two lines ("Featur" + "e") has two boxes.
  const split = await table.evaluate((t) => {
    const words: string[] = [];
    const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of (node.textContent ?? '').matchAll(/[^\s/-]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) words.push(m[0]);
      }
    }
    return words;
  });
  expect(split).toEqual([]);
  await expectNoSidewaysScroll(page, 'Card page with a table');
});
