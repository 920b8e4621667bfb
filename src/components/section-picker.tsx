import { useState } from 'react';
import { useDecksVersion } from '../hooks/use-decks-version.ts';
import { countTags } from '../deck/tags.ts';
import { outOfQueue } from '../deck/types.ts';
import { allEntries, decks, type CardEntry } from '../store/decks/index.ts';
import { now } from '../store/progress/index.ts';
import './section-picker.css';

/** A section's key in the choice: two decks may both have a "basics" section. */
const sectionKey = (deckId: string, sectionId: string) => `${deckId}/${sectionId}`;
const everySection = () => decks.flatMap((d) => d.sections.map((s) => sectionKey(d.id, s.id)));

/** Every tag of the cards that can be asked at `time`, by name, with how many carry it. */
const tagCounts = (time: number) =>
  countTags(allEntries().flatMap(({ card }) => (outOfQueue(card, time) ? [] : [card])));

/**
 * Which sections a quiz or mock interview draws from, and the cards they hold: every section by
 * default, or only those of deck `only` (an id; one not here means every deck, as Cards does);
 * and only the cards tagged `tag`, if chosen (`firstTag`, from the URL; one no card has is
 * no tag, as in Cards).
 */
export function useSectionChoice(
  only = '',
  firstTag = '',
): {
  chosen: ReadonlySet<string>;
  setChosen: (chosen: ReadonlySet<string>) => void;
  tags: readonly [tag: string, cards: number][];
  tag: string;
  setTag: (tag: string) => void;
  pool: readonly CardEntry[];
} {
  useDecksVersion();
  const [wanted, setTag] = useState(firstTag.toLowerCase());
  const time = now();
  const tags = tagCounts(time);
  const tag = tags.some(([t]) => t === wanted) ? wanted : '';
  // What differs from the default is kept, not what is ticked: sections of decks that arrive
  // later (the user's, read after the first screen, or added in another tab) start as their
  // deck's default, like the rest.
  const [changed, setChanged] = useState<ReadonlySet<string>>(() => new Set());
  const deck = decks.some((d) => d.id === only) ? only : '';
  const byDefault = (key: string) => deck === '' || key.startsWith(`${deck}/`);
  const chosen = new Set(everySection().filter((key) => byDefault(key) !== changed.has(key)));
  return {
    chosen,
    setChosen: (next) =>
      setChanged(new Set(everySection().filter((key) => byDefault(key) !== next.has(key)))),
    tags,
    tag,
    setTag,
    // Suspended and buried cards are not asked.
    pool: allEntries().filter(
      (e) =>
        chosen.has(sectionKey(e.deck.id, e.section.id)) &&
        (!tag || (e.card.tags?.includes(tag) ?? false)) &&
        !outOfQueue(e.card, time),
    ),
  };
}

/** One checkbox per section, grouped under each deck's name when there are several decks. */
export function SectionPicker({
  chosen,
  onChange,
}: {
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}) {
  const boxes = (deck: (typeof decks)[number]) =>
    deck.sections.map((s) => {
      const key = sectionKey(deck.id, s.id);
      return (
        <label key={key}>
          <input
            type="checkbox"
            checked={chosen.has(key)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(key);
              else next.delete(key);
              onChange(next);
            }}
          />{' '}
          {s.title}
        </label>
      );
    });
  return (
    <fieldset className="section-picker">
      <legend>Sections</legend>
      {decks.length === 1
        ? decks.flatMap(boxes)
        : decks.map((deck) => (
            <fieldset key={deck.id} className="section-picker-deck">
              <legend>{deck.title}</legend>
              {boxes(deck)}
            </fieldset>
          ))}
    </fieldset>
  );
}
