import { expect, test } from '@playwright/test';
import { runInterleaving } from '../support/tab-interleavings.ts';

// Tabs grading at once, then reloaded or closed right away, before their next card shows (a
// grade is in the page but perhaps not yet in the journal, and each tab's localStorage sees
// the other's saves late): a tab opened afterwards has every review. `npm run faults` runs
// hundreds of seeds of the same on a loaded machine; here, one of each size.

for (const tabs of [2, 3]) {
  test(`${tabs} tabs grading, reloading and closing at once keep every review`, async ({
    browser,
    baseURL,
  }) => {
    test.slow();
    const context = await browser.newContext();
    try {
      const { made, kept, steps } = await runInterleaving(context, baseURL as string, {
        seed: 20261205 + tabs,
        tabs,
        stepsPerTab: 6,
      });
      expect(made, 'the plan grades').toBeGreaterThan(2);
      expect(kept, steps.join('\n')).toBe(made);
    } finally {
      await context.close();
    }
  });
}
