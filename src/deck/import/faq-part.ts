import {
  isFurnitureTitle,
  isQuestionsTitle,
  isReadmeCore,
  isReadmeHeading,
  isReadmePart,
} from './navigation.ts';
import { looksLikeQuestion } from './question.ts';
import type { DraftSection } from './types.ts';

/**
 * A page with a part named as its FAQ whose entries ask: entries laid out the same way in the
 * page's other parts (a README's **Features**, **Installation**, **Credits** as bold items) are
 * its content, not questions, when they do not ask. Only in a project's README (Install or
 * Usage and another such part), or in parts named as a README's; interview notes keep their
 * terms and tasks beside an FAQ. The FAQ's entries stay, asking or not.
 */
export function onlyFaqEntries(sections: readonly DraftSection[]): DraftSection[] {
  const asks = (section: DraftSection) =>
    section.cards.filter((card) => looksLikeQuestion(card.question)).length;
  const faq = sections.some(
    (s) => isQuestionsTitle(s.title) && s.cards.length >= 2 && asks(s) >= s.cards.length / 2,
  );
  if (!faq) return [...sections];
  const titles = sections.map((s) => s.title);
  const readme = titles.some(isReadmeCore) && titles.filter(isReadmeHeading).length >= 2;
  const pageContent = (title: string) =>
    !isQuestionsTitle(title) && (readme || isReadmePart(title) || isFurnitureTitle(title));
  return sections.map((section) =>
    pageContent(section.title)
      ? { ...section, cards: section.cards.filter((card) => looksLikeQuestion(card.question)) }
      : section,
  );
}
