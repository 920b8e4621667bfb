import { expect, test } from '@playwright/test';
import { trackErrors } from '../support/page-errors.ts';

// Cards the user adds (issue 19), on the real build: a cloze question with three deletions,
// added to a new section of the built-in deck by keyboard, makes three cards, each asking one
// deletion with the others shown; and they are all still there after a reload.

const DECK = 'aws-backend-interview';

test('a cloze note with three deletions, added to a new section, gives three cards to study', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto(`./#/decks/${DECK}`);
  await page.getByRole('button', { name: 'Add a card' }).click();
  const editor = page.getByRole('region', { name: 'Add a card' });
  await editor.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'A new section…' });
  await editor.getByRole('textbox', { name: 'New section’s name' }).pressSequentially('Networking');
  await editor
    .getByRole('textbox', { name: 'Question', exact: true })
    .pressSequentially('{{c1::DNS}} maps {{c2::names}} to {{c3::addresses::what}}');
  await editor
    .getByRole('textbox', { name: 'Answer', exact: true })
    .pressSequentially('Route 53 is the AWS service.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Added/ })).toContainText(
    'Added “[...] maps names to addresses” to Networking.',
  );

  await page.reload();
  await expect(page.getByRole('link', { name: 'Networking', exact: true })).toBeVisible();
  await page.goto(`./#/decks/${DECK}/study?set=section:networking`);
  const asked: string[] = [];
  for (let i = 0; i < 3; i++) {
    const heading = page.getByRole('heading', { level: 2 }).first();
    await expect(heading).toContainText('maps');
    // The next card, not the one just graded still on screen (read too early under load, the
    // same card was counted twice).
    const last = asked.at(-1);
    if (last) await expect(heading).not.toHaveText(last);
    asked.push(await heading.innerText());
    await page.keyboard.press('Space');
    await expect(page.getByText('Route 53 is the AWS service.')).toBeVisible();
    await page.keyboard.press('4');
  }
  expect(asked.sort()).toEqual([
    'DNS maps [...] to addresses',
    'DNS maps names to [what]',
    '[...] maps names to addresses',
  ]);
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  expect(errors).toEqual([]);
});
