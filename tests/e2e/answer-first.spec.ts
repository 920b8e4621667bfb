import { expect, test } from '@playwright/test';

// Answer first (issue 14) on the real build: type, check, see the key points, grade; the switch
// survives a reload; and what a keystroke costs with a long answer in the box (reported as an
// annotation of the test).

const STUDY = './#/decks/aws-backend-interview/study';

test('types an answer first, checks it against the key points, grades, and keeps the switch', async ({
  page,
}, testInfo) => {
  await page.goto(STUDY);
  await expect(page.getByRole('heading', { level: 2, name: 'What is AWS?' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Answer first' }).click();

  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.click();
  // Digits and spaces are typed into the box, not taken as study shortcuts.
  await box.pressSequentially('Cloud with IaaS and PaaS, 3 things like EC2 and S3 buckets');
  await expect(page.getByRole('region', { name: 'Answer', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: /Check my answer/ }).click();

  const result = page.getByRole('region', { name: '5 of 8 key points' });
  await expect(result).toBeVisible();
  await expect(result.getByRole('listitem')).toHaveCount(8);
  await expect(result.getByText('IaaS (you wrote: IaaS)')).toBeVisible();
  await expect(result.getByText('Lambda', { exact: true })).toBeVisible();
  // A comparison: the typed answer stays, beside the model's points, both marked.
  await expect(result.getByRole('region', { name: 'Your answer' })).toContainText(
    'Cloud with IaaS and PaaS, 3 things like EC2 and S3 buckets',
  );
  await expect(result.getByRole('region', { name: 'Your answer' }).locator('mark')).toHaveText([
    'Cloud',
    'IaaS',
    'PaaS',
    'EC2',
    'S3',
  ]);
  const marked = () =>
    page.evaluate(() =>
      ['key-point-covered', 'key-point-missed'].map((name) => CSS.highlights.get(name)?.size ?? 0),
    );
  await expect.poll(marked).toEqual([5, 3]);
  await expect(page.getByRole('button', { name: /^Hard/ })).toHaveAccessibleDescription(
    'Suggested',
  );
  await page.keyboard.press('3');
  // The next card, and with it a fresh answer box (the old result is gone).
  await expect(
    page.getByRole('heading', { name: 'What are the main advantages of AWS?' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /key points$/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Answer first' })).toBeChecked();
  await expect(box).toHaveValue('');

  // Typing cost with a 2,000-character answer: from the keydown to the end of the input event
  // (React renders a typed character synchronously within it).
  await box.click();
  await page.keyboard.insertText('Scalability and high availability. '.repeat(57).slice(0, 1_950));
  await page.evaluate(() => {
    const w = window as unknown as { keyCosts: number[] };
    w.keyCosts = [];
    let start = 0;
    window.addEventListener('keydown', () => (start = performance.now()), true);
    window.addEventListener('input', () => w.keyCosts.push(performance.now() - start));
  });
  await box.pressSequentially(' pay as you go pricing and security across regions');
  await expect(box).toHaveValue(/regions$/);
  const costs = await page.evaluate(() =>
    (window as unknown as { keyCosts: number[] }).keyCosts.sort((a, b) => a - b),
  );
  expect(costs).toHaveLength(50);
  const median = costs[25] ?? Infinity;
  const worst = costs.at(-1) ?? Infinity;
  const mean = costs.reduce((a, b) => a + b, 0) / costs.length;
  testInfo.annotations.push({
    type: 'typing cost',
    description: `2,000 chars: median ${median.toFixed(2)} ms, mean ${mean.toFixed(2)} ms, worst ${worst.toFixed(2)} ms`,
  });
  // A figure, not an assertion: timings on a shared machine are noise (see docs/key-points.md).
  await expect(page.getByText('2,000 of 20,000 characters')).toBeVisible();
});
