import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { LAYOUT } from '../support/layout.ts';
import { axeViolations } from '../support/axe.ts';

// Answer aloud (issue 14) in the real build, with Chromium's fake microphone (a steady beep)
// and the permission prompt answered yes: record, play back, reload, delete.
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

const STUDY = './#/decks/aws-backend-interview/study';

test(
  'records a spoken answer, plays it back, keeps it across a reload, and deletes it',
  LAYOUT,
  async ({ page }) => {
    const problems: string[] = [];
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));

    await page.goto(STUDY);
    await expect(page.getByRole('heading', { level: 2, name: 'What is AWS?' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Answer first' }).click();
    const panel = page.getByRole('region', { name: 'Answer aloud' });
    await expect(panel.getByText('No recordings of this card yet.')).toBeVisible();
    // A quiet control: where recordings are kept is said once there is one.
    await expect(panel.getByText(/not included in backups/)).toHaveCount(0);

    await panel.getByRole('button', { name: 'Record' }).click();
    const clock = panel.getByRole('timer', { name: 'Recording time' });
    await expect(clock).toHaveText('0:02 / 5:00', { timeout: 10_000 });
    await panel.getByRole('button', { name: 'Stop' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^Recording saved \(0:0[2-4]\)\.$/);
    await expect(panel.getByText(/not included in backups/)).toBeVisible();

    const item = panel.getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item.getByText(/ · 0:0[2-4]$/)).toBeVisible();
    const audio = item.locator('audio');
    await expect(audio).toHaveAttribute('src', /^blob:/);
    // It plays: the time moves on, and the length the browser found is over a second.
    await audio.evaluate((a: HTMLAudioElement) => a.play());
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 })
      .toBeGreaterThan(0.3);
    await audio.evaluate((a: HTMLAudioElement) => a.pause());
    // Chromium's recordings carry no length (Infinity) until read through: a far seek does that.
    await audio.evaluate((a: HTMLAudioElement) => {
      if (!Number.isFinite(a.duration)) a.currentTime = 1e6;
    });
    await expect
      .poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration), { timeout: 10_000 })
      .toBeGreaterThan(1.5);
    expect(await audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeLessThan(5);
    // The recorder and its list, player included, pass axe.
    const violations = await axeViolations(page, '.recording');
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // After the reveal it sits beside the model answer.
    await page.getByRole('button', { name: /Check my answer/ }).click();
    await expect(page.getByRole('region', { name: /key points/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Answer', exact: true })).toBeVisible();
    await expect(item).toHaveCount(1);

    await page.reload();
    await expect(panel.getByRole('listitem')).toHaveCount(1);
    // The card's own page lists it too.
    await page.goto('./#/cards/aws-backend-interview/what-is-aws');
    // A hash change: the study page stays on screen until the card page has loaded, and its
    // panel must not be the one clicked.
    await expect(page.getByRole('heading', { level: 1, name: 'What is AWS?' })).toBeVisible();
    await expect(panel.getByRole('listitem')).toHaveCount(1);

    await panel.getByRole('button', { name: /^Delete the recording of/ }).click();
    await panel.getByRole('button', { name: 'Delete for good' }).click();
    await expect(panel.getByText('No recordings of this card yet.')).toBeVisible();
    await page.reload();
    await expect(panel.getByText('No recordings of this card yet.')).toBeVisible();
    expect(problems).toEqual([]);
  },
);
