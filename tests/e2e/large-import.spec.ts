import { expect, test } from '@playwright/test';
import { openFromNav } from '../support/main-nav.ts';

// A document near the 10 MB limit takes seconds to read: the page shows how far it got, stays
// usable meanwhile (the importer runs in a worker), and the reading can be stopped.

/** About 9.5 MB of README: sections of numbered `###` questions with prose, lists and code. */
function largeReadme(): string {
  const parts = ['# A very large interview README', ''];
  let size = 0;
  for (let n = 1; size < 9.5 * 1024 * 1024; n++) {
    const block = [
      n % 40 === 1 ? `## Part ${Math.ceil(n / 40)}\n` : '',
      `### ${n}. What is concept number ${n}, and when would you use it?`,
      '',
      `Concept ${n} is explained with **bold words**, \`code\` and a [link](https://example.com/${n}).`,
      'It matters because a second sentence says so, at some length, to make the answer real.',
      '',
      '- a first point about it',
      '- a second point, with more words to read',
      '',
      '```js',
      `const value${n} = compute(${n});`,
      '```',
      '',
    ].join('\n');
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join('\n');
}

// The worker's script is held back while the test looks at a reading under way, so that the
// test does not depend on how fast this machine reads 9.5 MB; no service worker serves it.
test.use({ serviceWorkers: 'block' });

test('a 9.5 MB document shows its progress, the page stays usable, and Stop reading ends it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/import\.worker[^/]*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await openFromNav(page, 'Add a deck');
  await page.getByLabel('Files to add').setInputFiles({
    name: 'huge.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(largeReadme()),
  });
  const preview = page.getByRole('region', { name: 'huge.md' });
  await expect(preview.getByRole('progressbar')).toBeVisible();
  await expect(preview.getByText('Reading huge.md…')).toBeVisible();

  // The page answers while the document is being read: typing lands key by key.
  const paste = page.getByLabel('Paste your notes');
  await paste.pressSequentially('### What is a queue?\n\nFirst in, first out.', { delay: 5 });
  await expect(paste).toHaveValue('### What is a queue?\n\nFirst in, first out.');

  await preview.getByRole('button', { name: 'Stop reading' }).click();
  await expect(preview).toHaveCount(0);
  release();

  // The importer still works for the next document.
  await page.getByRole('button', { name: 'Preview the deck' }).click();
  await expect(
    page.getByRole('region', { name: 'pasted notes' }).getByText('1 card in 1 section'),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
