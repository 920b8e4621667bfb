import type { BrowserContext, Page } from 'playwright-core';
import { seededRandom } from '../../src/srs/simulate.ts';

// Tabs of one browser studying the AWS deck at once, in a seeded random interleaving: each tab
// grades (reveal, then a grade key, without waiting for the next card), reloads, or closes and
// opens again, with short pauses, all tabs at the same time. Used by the browser test and by
// `npm run faults`, which runs hundreds of seeds on a loaded machine.

const STUDY = '#/decks/aws-backend-interview/study';

export interface InterleavingResult {
  /** Grade keys pressed while the grades were on screen. */
  readonly made: number;
  /** Reviews a new tab opened afterwards has. */
  readonly kept: number;
  /** What each tab did, to read when a seed fails. */
  readonly steps: readonly string[];
}

async function open(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base + STUDY);
  return page;
}

/**
 * Reveals and grades the card shown; false when there is none (nothing left to study). It
 * waits for the card before it to be done (its grades gone): keys pressed sooner are queued by
 * the page, not yet grades, and a person does not grade a card they have not seen.
 */
async function grade(page: Page, key: string): Promise<boolean> {
  const grades = page.getByRole('group', { name: 'How well did you know it?' });
  try {
    await grades.waitFor({ state: 'hidden', timeout: 20_000 });
    await page.locator('#card-question').waitFor({ timeout: 20_000 });
  } catch {
    return false;
  }
  await page.keyboard.press('Space');
  await grades.waitFor();
  await page.keyboard.press(key);
  return true;
}

/** The number of reviews saved in localStorage, as the page reads it. */
const savedReviews = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('prepdeck:progress');
    return raw ? (JSON.parse(raw) as { state: { log: unknown[] } }).state.log.length : 0;
  });

export async function runInterleaving(
  context: BrowserContext,
  base: string,
  options: { seed: number; tabs: number; stepsPerTab: number; waitForKept?: number },
): Promise<InterleavingResult> {
  const random = seededRandom(options.seed);
  const steps: string[] = [];
  let made = 0;
  // Each tab's plan is drawn first, so the seed fixes what happens whatever the timing.
  const plans = Array.from({ length: options.tabs }, () =>
    Array.from({ length: options.stepsPerTab }, () => ({
      roll: random(),
      key: String(1 + Math.floor(random() * 4)),
      pause: Math.floor(random() * 300),
    })),
  );
  const lanes = plans.map(async (plan, tab) => {
    let page = await open(context, base);
    for (const { roll, key, pause } of plan) {
      if (roll < 0.55) {
        if (await grade(page, key)) {
          made++;
          steps.push(`tab ${tab} grades ${key}`);
        }
      } else if (roll < 0.8) {
        steps.push(`tab ${tab} reloads`);
        await page.reload();
      } else if (roll < 0.9) {
        steps.push(`tab ${tab} closes and opens again`);
        await page.close();
        page = await open(context, base);
      } else {
        steps.push(`tab ${tab} waits ${pause} ms`);
        await page.waitForTimeout(pause);
      }
    }
    await page.close();
  });
  await Promise.all(lanes);

  const check = await open(context, base);
  // The new tab replays what it finds and saves once idle: wait for it, up to a limit.
  const deadline = Date.now() + (options.waitForKept ?? 15_000);
  let kept = await savedReviews(check);
  while (kept < made && Date.now() < deadline) {
    await check.waitForTimeout(200);
    kept = await savedReviews(check);
  }
  await check.close();
  return { made, kept, steps };
}
