import { expect, test } from '@playwright/test';
import { trackErrors } from '../support/page-errors.ts';
import { openFromNav } from '../support/main-nav.ts';

// Bring your own notes, on the real build: a document becomes a deck that is saved, survives a
// reload, is studied and is found by search like the built-in one.

const NOTES = [
  '# Kafka Interview Questions',
  '',
  '[![Stars](https://img.shields.io/badge/stars-1k-green.svg)](#)',
  '',
  '## Basics',
  '',
  '### 1. What is a Kafka partition?',
  '',
  'An ordered, append-only log; a topic is split into partitions for parallelism.',
  '',
  '```bash',
  'kafka-topics.sh --create --topic orders --partitions 6',
  '```',
  '',
  '### 2. What is a consumer group?',
  '',
  'Consumers sharing the partitions of a topic: each partition goes to one member.',
  '',
  '**[⬆ Back to Top](#kafka-interview-questions)**',
  '',
  '## Operations',
  '',
  '### 3. What does the ISR mean?',
  '',
  '| Term | Meaning |',
  '| --- | --- |',
  '| ISR | In-sync replicas |',
  '',
  '### 4. How is an offset committed?',
  '',
  '- automatically, every `auto.commit.interval.ms`',
  '- or by the application, after processing',
  '',
].join('\n');

test('a document becomes a deck: preview, save, reload, study, search', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./');
  await openFromNav(page, 'Add a deck');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a deck');

  await page.getByLabel('Files to add').setInputFiles({
    name: 'kafka-notes.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(NOTES),
  });
  const preview = page.getByRole('region', { name: 'kafka-notes.md' });
  await expect(preview.getByText('4 cards in 2 sections')).toBeVisible();
  await expect(preview.getByLabel('Read as')).toHaveValue('deck');
  // Every question is listed; one opens to show its answer as it will be studied: code as code.
  await preview.getByRole('button', { name: /What is a Kafka partition\?$/ }).click();
  await expect(preview.locator('pre code').first()).toContainText('--partitions 6');

  const name = preview.getByLabel('Deck name');
  await expect(name).toHaveValue('Kafka Interview Questions');
  await name.selectText();
  await name.pressSequentially('Kafka basics');
  await preview.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Saved “Kafka basics”: 4 cards, on Home with your other decks.',
  );

  await page.goto('./');
  await page.reload();
  const deck = page.getByRole('region', { name: 'Kafka basics' });
  await expect(deck).toBeVisible();
  await expect(page.getByRole('region', { name: /AWS Interview Questions/ })).toBeVisible();
  await deck.getByRole('link', { name: /^Study ·/ }).click();
  await expect(page).toHaveURL(/#\/decks\/kafka-basics\/study$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'What is a Kafka partition?' }),
  ).toBeVisible();
  await page.keyboard.press('Space');
  const answer = page.getByRole('region', { name: 'Answer', exact: true });
  await expect(answer).toContainText('append-only log');
  await page.keyboard.press('3');
  await expect(page.getByRole('status')).toHaveText(
    'Good. Next review of this card in 10 minutes.',
  );

  await page.goto('./#/browse');
  const box = page.getByRole('searchbox', { name: /Search questions and answers/ });
  await expect(box).toBeFocused();
  await box.pressSequentially('replicas');
  // The heading's number (`### 3. What does the ISR mean?`) is layout, not the question's
  // words; a deck-format document keeps its ids, the number with them.
  const hit = page.getByRole('link', { name: /^What does the ISR mean\?$/ });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/#\/cards\/kafka-basics\/3-what-does-the-isr-mean$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/What does the ISR mean\?/);
  await expect(page.getByRole('table')).toContainText('In-sync replicas');
  expect(errors).toEqual([]);
});

test('bad input gets a clear message and saves nothing', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./#/add-deck');
  await page.getByLabel('Files to add').setInputFiles([
    {
      name: 'photo.md',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
    },
    { name: 'prose.txt', mimeType: 'text/plain', buffer: Buffer.from('No questions here at all.') },
  ]);
  await expect(page.getByRole('region', { name: 'photo.md' })).toContainText('Binary file');
  await expect(page.getByRole('region', { name: 'prose.txt' })).toContainText('No questions found');
  await expect(page.getByRole('button', { name: 'Save deck' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
