import type { DeckOutline, SectionOutline } from '../../deck/types.ts';
import { rankSections, type CardInsight, type SectionStrength } from '../../srs/insights.ts';
import { deckEntries } from '../../store/decks/index.ts';

export interface SectionRow {
  readonly deck: DeckOutline;
  readonly section: SectionOutline;
  /** The section's title, after its deck's when several decks are listed together. */
  readonly title: string;
  readonly strength: SectionStrength;
}

/**
 * The sections of these decks, weakest first, ranked together: with every deck shown, the
 * weakest section of any deck comes first, not the first deck's.
 */
export function sectionStrengths(
  shown: readonly DeckOutline[],
  insights: ReadonlyMap<string, CardInsight>,
  withDeckNames: boolean,
): SectionRow[] {
  const byKey = new Map<string, Omit<SectionRow, 'strength'>>();
  const sections = shown.flatMap((deck) => {
    const entries = deckEntries(deck.id);
    return deck.sections.map((section) => {
      // Decks may share section ids; the deck's id keeps them apart.
      const id = `${deck.id}/${section.id}`;
      const title = withDeckNames ? `${deck.title} · ${section.title}` : section.title;
      byKey.set(id, { deck, section, title });
      return { id, keys: entries.filter((e) => e.section.id === section.id).map((e) => e.key) };
    });
  });
  return rankSections(sections, insights).flatMap((strength) => {
    const row = byKey.get(strength.sectionId);
    return row ? [{ ...row, strength }] : [];
  });
}
