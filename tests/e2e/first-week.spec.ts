import { expect, test } from '@playwright/test';
import { openFromNav } from '../support/main-nav.ts';

// What a new user trips over in the first week (issue 9), typed and clicked as a person does.

test('settings number fields take what is typed, explain what they refuse, and keep it after a reload', async ({
  page,
}) => {
  await page.goto('./#/settings');
  const retention = page.getByRole('spinbutton', { name: 'Desired retention (%)' });
  await retention.selectText();
  await retention.pressSequentially('85');
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
    '2 is out of range: enter a number from 70 to 97.',
  );

  await page.reload();
  await expect(retention).toHaveValue('85');
  await expect(minutes).toHaveValue('15');
  await expect(newCards).toHaveValue('5');
  await expect(retention).not.toHaveAttribute('aria-invalid');
});

// A 1×1 PNG: the "remote" image, served by the test in place of an https site.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('"Show image" loads a remote https image under the CSP, and only after the click', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  const requested: string[] = [];
  await page.route('https://images.example/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: PNG });
  });
  // An answer with a remote image: the deck's chunk as built, with one image added.
  await page.route('**/assets/aws-backend-interview-*.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      'is a cloud computing platform',
      'is a cloud computing platform ![AWS map](https://images.example/aws-map.png)',
    );
    await route.fulfill({ response, body });
  });

  await page.goto('./#/decks/aws-backend-interview/sections/aws-basics');
  await page.getByRole('button', { name: /Show answer/ }).click();
  const show = page.getByRole('button', { name: 'Show image “AWS map” from images.example' });
  await expect(show).toBeVisible();
  expect(requested).toEqual([]);

  await show.click();
  const image = page.getByRole('img', { name: 'AWS map' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  expect(requested).toEqual(['https://images.example/aws-map.png']);
  expect(violations).toEqual([]);
});

test('a mock interview carries on after a reload, and its result stays in the history', async ({
  page,
}) => {
  await page.goto('./#/mock');
  const count = page.getByRole('spinbutton', { name: 'Questions' });
  await count.selectText();
  await count.pressSequentially('3');
  await page.getByRole('button', { name: 'Start: 3 questions' }).click();
  const question = page.getByRole('heading', { level: 1 });
  const asked: string[] = [];
  for (const score of ['Good', 'Again']) {
    await expect(question).not.toHaveText(asked.at(-1) ?? '');
    asked.push((await question.textContent()) ?? '');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: new RegExp(`^${score}`) }).click();
  }
  await expect(page.getByText(/^Question 3 of 3/)).toBeVisible();
  const third = (await question.textContent()) ?? '';

  await page.reload();
  await expect(page.getByText(/^Question 3 of 3/)).toBeVisible();
  await expect(question).toHaveText(third);
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^[01]:\d\d$/);
  await page.keyboard.press('Space');
  await page.keyboard.press('2');
  await expect(question).toHaveText('Mock interview done: 1 of 3 Good');
  await expect(page.getByRole('link', { name: asked[1] })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Another mock interview' }).click();
  const history = page.getByRole('region', { name: 'Past mock interviews' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('1 of 3');
  await expect(history.getByRole('row').nth(1)).toContainText(/\d:\d\d, \d:\d\d, \d:\d\d/);
});

test('the card list shows what the URL says: header link, a changed hash, typing and Back', async ({
  page,
}) => {
  await page.goto('./#/browse?filter=weak');
  const count = page.locator('.browse-count');
  await expect(count).toHaveText('0 cards'); // nothing studied yet, so nothing weak
  await openFromNav(page, 'Cards');
  await expect(page).toHaveURL(/#\/browse$/);
  await expect(count).toHaveText('52 cards');
  await expect(page.getByRole('checkbox', { name: 'weak' })).not.toBeChecked();

  await page.goto('./#/browse?q=lambda');
  const search = page.getByRole('searchbox');
  await expect(search).toHaveValue('lambda');
  await expect(count).toContainText('matching “lambda”');

  await search.selectText();
  await search.pressSequentially('cors');
  await expect(page).toHaveURL(/#\/browse\?q=cors$/);
  await expect(count).toContainText('matching “cors”');
  // Typing replaced the entry: one step back is the list before the search, not "cor".
  await page.goBack();
  await expect(page).toHaveURL(/#\/browse$/);
  await expect(search).toHaveValue('');
  await expect(count).toHaveText('52 cards');
});
