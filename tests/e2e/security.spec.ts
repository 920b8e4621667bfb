import { expect, test } from '@playwright/test';

// Every screen, in one visit, with the built app's Content-Security-Policy in force.
const VIEWS = [
  './#/',
  './#/decks/aws-backend-interview/sections/serverless-cors/2',
  './#/decks/aws-backend-interview/study',
  './#/browse?q=cors',
  './#/cards/aws-backend-interview/what-is-cors',
  './#/weak',
  './#/quiz',
  './#/mock',
  './#/stats',
  './#/settings',
];

test('the built app sets a strict CSP and nothing on any screen violates it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

  for (const view of VIEWS) {
    await page.goto(view);
    await expect(page.getByRole('heading').first()).toBeVisible();
    // Reveal where there is something to reveal, so answers (code, tables) render too.
    const reveal = page.getByRole('button', { name: /Show answer/ });
    if (await reveal.isVisible()) {
      await reveal.click();
      await expect(page.getByRole('region', { name: 'Answer', exact: true })).toBeVisible();
    }
  }
  await page.goto('./#/quiz');
  await page.getByRole('button', { name: /Start a quiz/ }).click();
  await page.keyboard.press('Space');

  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('inline script is refused by the CSP', async ({ page }) => {
  // Raw HTML in answers is shown as text (component tests); should any script reach the page
  // anyway, the policy refuses to run it.
  await page.goto('./');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});
