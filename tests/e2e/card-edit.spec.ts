import { expect, test, type Page } from '@playwright/test';
import { LAYOUT } from '../support/layout.ts';
import { trackErrors } from '../support/page-errors.ts';
import { axeViolations } from '../support/axe.ts';

// Editing cards (issue 19) on the real build: the built-in deck's CORS answer edited key by key
// and there after a reload with its schedule kept, the shipped text a click away; a suspended
// card out of study and the quiz; E, @ and - while studying; axe on the open editor.

const DECK = 'aws-backend-interview';
const CORS_PAGE = `./#/cards/${DECK}/what-is-cors`;
const STUDY = `./#/decks/${DECK}/study`;
const NOTE = 'My note: the preflight is an OPTIONS request.';

const answerRegion = (page: Page) => page.getByRole('region', { name: 'Answer', exact: true });
const question = (page: Page) => page.getByRole('textbox', { name: 'Question', exact: true });
const nextDue = (page: Page) => page.getByText('Next due').locator('xpath=following-sibling::dd');
/** The visible line of the study screen saying what was suspended or buried. */
const setAsideLine = (page: Page) => page.locator('.study-set-aside p');

test('edits the CORS answer key by key; after a reload it is there, its schedule kept, the original a click away', async ({
  page,
}) => {
  const errors = trackErrors(page);
  // Graded first, so that it has a due date to keep.
  await page.goto(`${STUDY}?set=cards:what-is-cors`);
  await expect(page.getByRole('heading', { level: 2, name: 'What is CORS?' })).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  await page.goto(CORS_PAGE);
  await expect(nextDue(page)).toHaveText(/^in \d+ days/);
  const due = await nextDue(page).innerText();

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit this card' })).toBeVisible();
  await expect(question(page)).toBeFocused();
  const answer = page.getByRole('textbox', { name: 'Answer' });
  await answer.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await answer.pressSequentially(`\n\n${NOTE}`);
  await expect(page.getByRole('group', { name: 'Preview of the answer' })).toContainText(NOTE);
  await page.keyboard.press('ControlOrMeta+Enter');

  // Closed only once on disk; the card shows the edit, its schedule as it was.
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Your edit is saved');
  await expect(page.getByRole('list', { name: 'State' })).toHaveText('Edited');
  await expect(answerRegion(page)).toContainText(NOTE);

  await page.reload();
  await expect(answerRegion(page)).toContainText(NOTE);
  await expect(page.getByRole('list', { name: 'State' })).toHaveText('Edited');
  await expect(nextDue(page)).toHaveText(due);

  // The deck's own text, as shipped, beside the user's.
  await page.getByRole('button', { name: 'Show the original' }).click();
  const original = page.getByRole('region', { name: 'The deck’s original' });
  await expect(original).toContainText(
    'CORS (Cross-Origin Resource Sharing) is a browser security mechanism',
  );
  await expect(original).not.toContainText(NOTE);
  expect(errors).toEqual([]);
});

test('a suspended card leaves study and the quiz until it is unsuspended', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./#/quiz');
  const count = page.getByRole('spinbutton', { name: 'Number of questions' });
  await count.selectText();
  await count.pressSequentially('60');
  await expect(page.getByRole('button', { name: 'Start a quiz of 52' })).toBeVisible();

  await page.goto(`./#/cards/${DECK}/what-is-aws`);
  await page.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Suspended: it stays out of every study queue until you unsuspend it.',
  );
  await expect(page.getByRole('list', { name: 'State' })).toHaveText('Suspended');

  await page.goto(STUDY);
  await expect(
    page.getByRole('heading', { level: 2, name: 'What are the main advantages of AWS?' }),
  ).toBeVisible();
  await page.goto('./#/quiz');
  await count.selectText();
  await count.pressSequentially('60');
  await expect(page.getByRole('button', { name: 'Start a quiz of 51' })).toBeVisible();

  // Back, after a reload too.
  await page.goto(`./#/cards/${DECK}/what-is-aws`);
  await page.reload();
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await expect(page.getByRole('list', { name: 'State' })).toHaveCount(0);
  await page.goto(STUDY);
  await expect(page.getByRole('heading', { level: 2, name: 'What is AWS?' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('in study, E edits the revealed card in place; @ suspends and - buries, each undone with U', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(STUDY);
  const card = page.getByRole('heading', { level: 2 }).first();
  await expect(card).toHaveText('What is AWS?');
  // Not before the answer shows.
  await page.keyboard.press('e');
  await expect(question(page)).toHaveCount(0);

  await page.keyboard.press('Space');
  await page.keyboard.press('e');
  await expect(page.getByRole('heading', { level: 2, name: 'Edit this card' })).toBeVisible();
  await expect(question(page)).toBeFocused();
  // Keys typed in the editor are text, never grades; Escape closes the editor, not the sitting.
  await page.keyboard.press('3');
  await expect(question(page)).toHaveValue('What is AWS?3');
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit E' })).toBeFocused();
  await expect(card).toHaveText('What is AWS?');
  await expect(answerRegion(page)).toBeVisible();

  await page.keyboard.press('e');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const answer = page.getByRole('textbox', { name: 'Answer' });
  await expect(answer).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await answer.pressSequentially(' Pay as you go.');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('button', { name: 'Edit E' })).toBeFocused();
  await expect(answerRegion(page)).toContainText('DynamoDB. Pay as you go.');
  await expect(page.getByRole('status')).toHaveText(
    'Your edit is saved. The card keeps its schedule.',
  );

  await page.keyboard.press('3');
  await expect(card).toHaveText('What are the main advantages of AWS?');
  await page.keyboard.press('Space');
  await page.keyboard.press('@');
  await expect(setAsideLine(page)).toHaveText(
    'Suspended “What are the main advantages of AWS?”: it stays out of every study queue until you unsuspend it.',
  );
  await expect(card).toHaveText('What are Regions and Availability Zones?');
  // The keys go on from the next card's question (the button of the one set aside is gone).
  await expect(card).toBeFocused();
  await page.keyboard.press('u');
  await expect(card).toHaveText('What are the main advantages of AWS?');
  await expect(card).toBeFocused();
  await expect(setAsideLine(page)).toHaveCount(0);

  await page.keyboard.press('Space');
  await page.keyboard.press('-');
  await expect(setAsideLine(page)).toHaveText(
    /^Buried “What are the main advantages of AWS\?” until tomorrow, from /,
  );
  await expect(card).toHaveText('What are Regions and Availability Zones?');
  await page.reload();
  await expect(card).toHaveText('What are Regions and Availability Zones?');
  expect(errors).toEqual([]);
});

test.describe('the open editor', LAYOUT, () => {
  // axe on a card page with a long answer rendered in the preview takes a while on a busy machine.
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations and no sideways scroll (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${CORS_PAGE}`);
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await expect(question(page)).toBeFocused();
      const preview = page.getByRole('group', { name: 'Preview of the answer' });
      await expect(preview.locator('pre code.hljs').first()).toBeVisible();
      await expectClean(page, 'editor open');

      // With a problem shown beside its box.
      await question(page).press('ControlOrMeta+a');
      await question(page).press('Backspace');
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect(question(page)).toHaveAttribute('aria-invalid', 'true');
      await expectClean(page, 'editor with a problem');
    });
  }
});

async function expectClean(page: Page, view: string) {
  const violations = await axeViolations(page);
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(', ')}`),
    `axe violations, ${view}`,
  ).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scroll, ${view}`).toBeLessThanOrEqual(0);
}
