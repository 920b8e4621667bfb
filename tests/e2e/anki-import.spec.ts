import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addDeckFile } from '../support/add-deck-page.ts';
import { fixturePath } from '../support/import-fixture.ts';
import { LAYOUT } from '../support/layout.ts';

// An Anki "Notes in Plain Text" export, on the real build: 8 notes become 14 cards (a cloze
// note gives a card per deletion, a reversed note two), named after the Anki deck, and each
// card shows its note's tags.

const FIXTURE = 'anki-cloze-reversed-tags.txt';

test(
  'an Anki export with cloze, reversed and tagged notes gives the right cards and tags',
  LAYOUT,
  async ({ page }, testInfo) => {
    const { count, saved } = await addDeckFile(page, FIXTURE, readFileSync(fixturePath(FIXTURE)));
    // 2 plain notes, cloze notes of 2 + 3 + 2 deletions, 2 reversed notes × 2, 1 optional
    // reverse left empty, 1 note in the parent deck: 14 cards, one section per sub-deck.
    expect(count).toBe('14 cards in 3 sections');
    expect(saved).toMatch(/^Saved “Geography”: 14 cards/);

    await page.goto('./#/browse');
    await page.getByRole('searchbox', { name: /Search questions and answers/ }).fill('Danube');
    await page.getByRole('link', { name: 'Danube', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danube');
    const tags = page.getByRole('list', { name: 'Tags' });
    await expect(tags.getByRole('listitem')).toHaveText(['geo::europe', 'rivers']);
    await expect(page.getByRole('region', { name: 'Answer', exact: true })).toContainText(
      'River through Vienna, Budapest and Belgrade',
    );

    // The second card of the cloze note asks its second deletion, the first shown.
    await page.goto('./#/browse');
    await page.getByRole('searchbox', { name: /Search questions and answers/ }).fill('Paris');
    // The Cards list shows each card's tags under its question.
    const row = page.getByRole('listitem').filter({ hasText: 'Paris is the capital of [...]' });
    await expect(row.getByRole('list', { name: 'Tags' })).toHaveText('geo::europe');
    await row.screenshot({ path: testInfo.outputPath('cards-row-with-tags.png') });
    await page.getByRole('link', { name: 'Paris is the capital of [...]', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Paris is the capital of [...]',
    );
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
      'geo::europe',
    ]);

    // Nothing scrolls sideways, even at 320 px.
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(wide).toBe(false);
    await page.screenshot({ path: testInfo.outputPath('card-with-tags.png'), fullPage: false });
  },
);
