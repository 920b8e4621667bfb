import { expect, test } from '@playwright/test';

// What a new user trips over in the first week (issue 9), typed and clicked as a person does.

test('settings number fields take what is typed, explain what they refuse, and keep it after a reload', async ({
  page,
}) => {
  await page.goto('./#/settings');
  const retention = page.getByRole('spinbutton', { name: 'Desired retention' });
  await retention.selectText();
  await retention.pressSequentially('0.85');
  await retention.press('Tab');
  const minutes = page.getByRole('spinbutton', { name: 'Minutes a day (optional)' });
  await minutes.click();
  await minutes.pressSequentially('15');
  await minutes.press('Enter');
  const newCards = page.getByRole('spinbutton', { name: 'New cards per day' });
  await newCards.selectText();
  await newCards.press('Backspace');
  await newCards.pressSequentially('5');
  await newCards.press('Tab');

  // Out of range: said inline, and the saved value stays.
  await retention.selectText();
  await retention.pressSequentially('2');
  await retention.press('Tab');
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText(
    '2 is out of range: enter a number from 0.7 to 0.97.',
  );

  await page.reload();
  await expect(retention).toHaveValue('0.85');
  await expect(minutes).toHaveValue('15');
  await expect(newCards).toHaveValue('5');
  await expect(retention).not.toHaveAttribute('aria-invalid');
});
