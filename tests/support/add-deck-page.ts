import { expect, type Page } from '@playwright/test';
import { openFromNav } from './main-nav.ts';

/** A short deck-format document: two cards in one section, under `title`. */
export const kafkaNotes = (title: string): string =>
  [
    `# ${title}`,
    '',
    '## Basics',
    '',
    '### What is a Kafka partition?',
    '',
    'An ordered, append-only log.',
    '',
    '### What is a consumer group?',
    '',
    'Consumers sharing the partitions of a topic.',
    '',
  ].join('\n');

/**
 * Adds a deck as a user does: Home › Add a deck, open the file, wait for the preview, Save
 * deck. Returns the preview's count line ("2 cards in 1 section") and the "Saved …" line.
 */
export async function addDeckFile(
  page: Page,
  name: string,
  contents: string | Buffer,
): Promise<{ count: string; saved: string }> {
  await page.goto('./');
  await openFromNav(page, 'Add a deck');
  await page.getByLabel('Files to add').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: typeof contents === 'string' ? Buffer.from(contents) : contents,
  });
  const preview = page.getByRole('region', { name });
  const count = preview.getByText(/^\d+ cards? in \d+ sections?$/);
  await expect(count).toBeVisible();
  const line = (await count.textContent()) ?? '';
  await preview.getByRole('button', { name: 'Save deck' }).click();
  // The page keeps earlier drafts while the app is open: this file's line is the last.
  const saved = page
    .getByRole('status')
    .filter({ hasText: /^Saved “/ })
    .last();
  await expect(saved).toBeVisible();
  return { count: line, saved: (await saved.textContent()) ?? '' };
}
