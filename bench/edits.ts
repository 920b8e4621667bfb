/**
 * Laying the user's card edits over decks (issue 19), in Node: what a save costs before the
 * decks show it, on a 5,000-card outline, side by side in one run:
 * - one card edited: the deck laid again;
 * - a reverse card asked for every card (the heaviest layer: every card makes two);
 * - an edit in another deck while that 5,000-card deck keeps its overlay (`overlayOnce`).
 *   npx tsx bench/edits.ts
 */
import { withReverse, withText } from '../src/deck/edits/card-edit.ts';
import { cardText } from '../src/deck/edits/edit-check.ts';
import { overlayDeck } from '../src/deck/edits/overlay.ts';
import type { DeckOutline } from '../src/deck/types.ts';
import { editsByDeck, overlayOnce } from '../src/deck/edits/kept-overlays.ts';
import { percentile, round } from './stats.ts';

const RUNS = 40;
const T = Date.UTC(2026, 11, 6, 9);

export interface EditOverlayFigures {
  readonly cards: number;
  /** Per save, ms: p50 and p95 over the runs. */
  readonly oneEdited: { p50: number; p95: number };
  readonly everyCardReversed: { p50: number; p95: number };
  readonly otherDeckEdited: { p50: number; p95: number };
  /** The same, every deck laid again (no overlay kept). */
  readonly otherDeckEditedUncached: { p50: number; p95: number };
}

function outline(id: string, cards: number, perSection = 50): DeckOutline {
  const sections = Array.from({ length: Math.ceil(cards / perSection) }, (_, s) => ({
    id: `section-${s}`,
    title: `Section ${s}`,
    cards: Array.from({ length: Math.min(perSection, cards - s * perSection) }, (_, c) => {
      const question = `What does card ${s * perSection + c} of ${id} ask about **topic ${c}**?`;
      return { id: `card-${s * perSection + c}`, question, questionText: question, line: c + 1 };
    }),
  }));
  return { id, title: id, description: '', sections };
}

function time(run: (i: number) => void): { p50: number; p95: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  return { p50: round(percentile(times, 50), 2), p95: round(percentile(times, 95), 2) };
}

export function editOverlayBench(cards = 5000): EditOverlayFigures {
  const big = outline('big', cards);
  const small = outline('small', 52);
  const answers = new Map<string, string>();
  for (const deck of [big, small])
    for (const section of deck.sections)
      for (const card of section.cards)
        answers.set(`${deck.id}/${card.id}`, `The answer to ${card.questionText}, with detail.`);
  const answerOf = (key: string) => answers.get(key);
  const edited = (i: number) => {
    const original = cardText(`Card ${i}?`, '', 'Its answer.');
    return withText(undefined, cardText(`Card ${i}, reworded?`, '', 'Mine.'), original, T + i);
  };

  const oneEdited = time((i) => overlayDeck(big, { 'big/card-7': edited(i) }, answerOf));

  const reversed = Object.fromEntries(
    big.sections
      .flatMap((s) => s.cards)
      .map((c) => [`big/${c.id}`, withReverse(undefined, true, T)]),
  );
  const everyCardReversed = time((i) =>
    overlayDeck(big, { ...reversed, 'big/card-7': edited(i) }, answerOf),
  );

  // The user's edits after each save in the small deck (made before timing: the app has them).
  const saves = Array.from({ length: RUNS }, (_, i) => ({
    ...reversed,
    'small/card-3': edited(i),
  }));
  const reads = [answers];
  const otherDeckEdited = time((i) => {
    const byDeck = editsByDeck(saves[i] ?? {});
    overlayOnce(big, byDeck.get('big') ?? {}, answerOf, reads);
    overlayOnce(small, byDeck.get('small') ?? {}, answerOf, reads);
  });
  // The same saves with every deck laid again, as before overlays were kept.
  const otherDeckEditedUncached = time((i) => {
    overlayDeck(big, saves[i] ?? {}, answerOf);
    overlayDeck(small, saves[i] ?? {}, answerOf);
  });
  return { cards, oneEdited, everyCardReversed, otherDeckEdited, otherDeckEditedUncached };
}

export const formatEditOverlay = (f: EditOverlayFigures): string =>
  `card edits laid, ${f.cards.toLocaleString('en')} cards (Node, p50 / p95): one card edited ${f.oneEdited.p50} / ${f.oneEdited.p95} ms; every card reversed ${f.everyCardReversed.p50} / ${f.everyCardReversed.p95} ms; an edit in another deck ${f.otherDeckEdited.p50} / ${f.otherDeckEdited.p95} ms (${f.otherDeckEditedUncached.p50} / ${f.otherDeckEditedUncached.p95} ms laying every deck again)`;

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(formatEditOverlay(editOverlayBench()));
