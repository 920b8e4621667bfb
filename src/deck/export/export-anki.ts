import { OWN_ANSWER_MARKER } from '../own-answer-marker.ts';
import type { Deck } from '../types.ts';
import type { OwnAnswerOf } from './serialize-deck.ts';
import { markdownToHtml } from './to-html.ts';

/**
 * A deck as a file Anki imports (File › Import, plain text): tab-separated notes with header
 * lines naming the separator, HTML fields, the columns, note type and deck; each note's deck is
 * `Title::Section`, so sections become subdecks, and its tags (space-separated, as Anki keeps
 * them) are in the tags column. Fields with tabs, quotes or line breaks are
 * quoted, quotes doubled. With `ownAnswer`, the reader's own answer follows the model answer on
 * the back, below a rule and a "My answer" label.
 */
export function exportAnki(deck: Deck, ownAnswer?: OwnAnswerOf): string {
  const title = clean(deck.title || deck.id);
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${title}`,
    '#columns:Front\tBack\tDeck\tTags',
    '#deck column:3',
    '#tags column:4',
  ];
  for (const section of deck.sections) {
    for (const card of section.cards) {
      const front =
        markdownToHtml(card.question) + (card.prompt ? markdownToHtml(card.prompt) : '');
      const own = ownAnswer?.(card.id)?.trim();
      const back =
        markdownToHtml(card.answer) +
        // The comment, invisible in Anki, lets PrepDeck read the own answer back apart.
        (own ? `${OWN_ANSWER_MARKER}<hr><p><b>My answer</b></p>${markdownToHtml(own)}` : '');
      const deckName = `${title}::${clean(section.title)}`;
      lines.push([front, back, deckName, (card.tags ?? []).join(' ')].map(field).join('\t'));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Deck names cannot hold `::` parts of their own or line breaks. */
const clean = (name: string) => name.replace(/::/g, ':').replace(/\s+/g, ' ').trim();

function field(value: string): string {
  const flat = value.replace(/\n/g, '');
  return /[\t"]/.test(flat) || flat !== value ? `"${value.replace(/"/g, '""')}"` : flat;
}
