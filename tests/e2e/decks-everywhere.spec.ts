import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addDeckFile } from '../support/add-deck-page.ts';
import { fixturePath } from '../support/import-fixture.ts';

// The user's decks on the real build: in every open tab at once, on Home from the first drawing
// after a restart, and through an export and a re-import with nothing lost.

const NOTES = 'Q: What is a goroutine?\nA: A light thread run by the Go runtime.';

/** Types notes into the paste box key by key, previews them, names the deck and saves it. */
async function addPastedDeck(page: Page, name: string): Promise<void> {
  await page.goto('./#/add-deck');
  await page.getByLabel('Paste your notes').pressSequentially(NOTES);
  await page.getByRole('button', { name: 'Preview the deck' }).click();
  const preview = page.getByRole('region', { name: 'pasted notes' });
  await expect(preview.getByText('1 card in 1 section')).toBeVisible();
  const field = preview.getByLabel('Deck name');
  await field.selectText();
  await field.pressSequentially(name);
  await preview.getByRole('button', { name: 'Save deck' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved “${name}”`);
}

/** Opens a document in Add a deck and saves it; returns the preview's count line. */
const addFile = async (page: Page, name: string, buffer: Buffer) =>
  (await addDeckFile(page, name, buffer)).count;

interface SavedCard {
  readonly questionText: string;
  readonly prompt?: string;
  readonly answer: string;
}

/** The decks as saved in IndexedDB, by id (`x`, `x-2`…): what study, search and exports read. */
async function savedDecks(page: Page): Promise<Record<string, SavedCard[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, SavedCard[]>>((resolve, reject) => {
        const open = indexedDB.open('prepdeck-decks');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('decks').objectStore('decks').getAll();
          all.onsuccess = () => {
            const decks = all.result as {
              deck: { id: string; sections: { cards: SavedCard[] }[] };
            }[];
            resolve(
              Object.fromEntries(
                decks.map(({ deck }) => [
                  deck.id,
                  deck.sections.flatMap((s) =>
                    s.cards.map(({ questionText, prompt, answer }) => ({
                      questionText,
                      prompt,
                      answer,
                    })),
                  ),
                ]),
              ),
            );
          };
        };
      }),
  );
}

/** Clicks an export button of the deck read from `source` in Your decks; returns the file. */
async function exportFrom(page: Page, source: string, button: string) {
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByLabel(new RegExp(`^Name of the deck of .* from ${source}$`)) });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), buffer: readFileSync(path) };
}

test('a deck saved in one tab shows in the other at once, and on Home from its first drawing', async ({
  page,
  context,
}) => {
  await page.goto('./#/browse');
  await expect(page.getByRole('link', { name: /^What is AWS\?$/ })).toBeVisible();

  const other = await context.newPage();
  await addPastedDeck(other, 'Go basics');

  // The first tab lists the new card without a reload or a click.
  await expect(page.getByRole('link', { name: /^What is a goroutine\?$/ })).toBeVisible();
  await other.close();

  // A new visit keeps the user's deck its row from the first drawing (its own, or the room kept
  // for it while it is read from IndexedDB): nothing pops in.
  await page.addInitScript(() => {
    const w = window as unknown as { deckWithAws: boolean | null };
    w.deckWithAws = null;
    new MutationObserver(() => {
      if (w.deckWithAws !== null) return;
      // Home's deck rows are headed by the decks' names.
      const headings = [...document.querySelectorAll('main h3')].map((h) => h.textContent);
      if (headings.some((h) => h?.includes('AWS')))
        w.deckWithAws =
          headings.includes('Go basics') || document.querySelector('.home-deck-awaited') !== null;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Go basics' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { deckWithAws: boolean }).deckWithAws),
  ).toBe(true);

  // A link straight to the user's deck opens it (its screen waits for the library's first read).
  await page.goto('./#/decks/go-basics/study');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'What is a goroutine?' })).toBeVisible();
});

for (const fixture of ['github-readme.md', 'javascript-puzzles.md', 'notion-toggles.md']) {
  test(`${fixture}: import → export → import keeps every question and answer`, async ({ page }) => {
    const first = await addFile(page, fixture, readFileSync(fixturePath(fixture)));
    await page.goto('./#/add-deck');
    const markdown = await exportFrom(page, fixture, 'Export as markdown');
    const anki = await exportFrom(page, fixture, 'Export for Anki');
    expect(markdown.name).toMatch(/\.md$/);
    expect(anki.name).toMatch(/\.anki\.txt$/);

    // Each export opens as a deck of the same size.
    expect(await addFile(page, `again-${markdown.name}`, markdown.buffer)).toBe(first);
    expect(await addFile(page, `again-${anki.name}`, anki.buffer)).toBe(first);

    const decks = await savedDecks(page);
    const ids = Object.keys(decks).sort();
    expect(ids).toHaveLength(3);
    const [original, ...copies] = ids.map((id) => decks[id] ?? []);
    // The deck format keeps everything exactly; Anki keeps every question and the words of
    // every answer (its fields are HTML, turned back into markdown).
    const exact = copies.find((cards) => cards.every((c, i) => c.answer === original?.[i]?.answer));
    expect(exact).toEqual(original);
    const words = (text = '') => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const copy of copies) {
      expect(copy.map((c) => c.questionText)).toEqual(original?.map((c) => c.questionText));
      expect(copy.map((c) => words(`${c.prompt ?? ''} ${c.answer}`))).toEqual(
        original?.map((c) => words(`${c.prompt ?? ''} ${c.answer}`)),
      );
    }
  });
}
