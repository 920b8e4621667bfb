import { expect, test, type Page } from '@playwright/test';
import { addDeckFile, kafkaNotes } from '../support/add-deck-page.ts';

// An interview that covers only some decks: the user's own deck gets the countdown, the AWS
// deck is studied as if there were no date, and the choice survives a reload.

// The date field's segments follow the locale: month, day, year in en-US.
test.use({ locale: 'en-US' });

const AWS = /AWS Interview Questions/;

/** Two weeks from today's study day (before 4 am it is still yesterday's), as typed: MMDDYYYY. */
const inTwoWeeks = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    if (d.getHours() < 4) d.setDate(d.getDate() - 1);
    d.setDate(d.getDate() + 14);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getMonth() + 1)}${pad(d.getDate())}${d.getFullYear()}`;
  });

/**
 * Home shows the interview once, planning the Kafka deck only; the AWS deck's page has no
 * countdown, and its primary action is the plain queue.
 */
async function expectKafkaOnly(page: Page) {
  const panel = page.getByRole('region', { name: 'Interview in 14 days' });
  await expect(panel.getByRole('link', { name: 'Kafka basics' })).toBeVisible();
  await expect(panel.getByRole('link', { name: /Study today’s plan/ })).toHaveCount(1);
  await expect(panel.getByRole('link', { name: AWS })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Interview in/ })).toHaveCount(1);
  await page.getByRole('region', { name: 'Your decks' }).getByRole('link', { name: AWS }).click();
  const aws = page.getByRole('region', { name: AWS });
  await expect(aws.getByRole('heading', { level: 1, name: AWS })).toBeVisible();
  await expect(aws.getByRole('link', { name: 'Study now · 20 cards' })).toHaveClass(/primary/);
  await expect(aws.getByRole('heading', { name: /^Interview in/ })).toHaveCount(0);
  await page.goBack();
}

test('the countdown covers the decks ticked in Settings, and stays so after a reload', async ({
  page,
}) => {
  const { saved } = await addDeckFile(page, 'kafka.md', kafkaNotes('Kafka basics'));
  expect(saved).toContain('Saved “Kafka basics”');

  await page.goto('./#/settings');
  const date = page.getByLabel('Interview date');
  // Tabbing into the field lands on its first segment (a click lands wherever it is aimed).
  await date.focus();
  await date.pressSequentially(await inTwoWeeks(page));
  await date.press('Tab');

  // With a date, every deck has its countdown until the user chooses.
  const decks = page.getByRole('group', { name: 'Decks this interview covers' });
  const awsBox = decks.getByRole('checkbox', { name: AWS });
  const kafkaBox = decks.getByRole('checkbox', { name: 'Kafka basics' });
  await expect(awsBox).toBeChecked();
  await expect(kafkaBox).toBeChecked();
  // Unticking the last deck is refused with a reason; the choice stays.
  await awsBox.click();
  await expect(awsBox).not.toBeChecked();
  await kafkaBox.click();
  await expect(decks.getByRole('alert')).toHaveText(
    'Keep at least one deck: the countdown plans the decks ticked here.',
  );
  await expect(kafkaBox).toBeChecked();
  // Nothing in the form makes the page scroll sideways, on a phone either.
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    ),
  ).toBe(true);

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expectKafkaOnly(page);

  // Saving waits for an idle moment; then a reload is a new visit.
  await expect
    .poll(() =>
      page.evaluate(() =>
        localStorage.getItem('prepdeck:progress')?.includes('"interviewDecks":["kafka-basics"]'),
      ),
    )
    .toBe(true);
  await page.reload();
  await expectKafkaOnly(page);
  await page.goto('./#/settings');
  await expect(
    page
      .getByRole('group', { name: 'Decks this interview covers' })
      .getByRole('checkbox', { name: AWS }),
  ).not.toBeChecked();
});
