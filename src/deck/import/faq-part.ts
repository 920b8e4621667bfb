import { isQuestionsTitle } from './navigation.ts';
import { looksLikeQuestion } from './question.ts';
import type { DraftSection } from './types.ts';

/**
 * A page with a part named as its FAQ whose entries ask: entries elsewhere laid out the same
 * way but not asking (a README's **Features**, **Installation**, **Credits** as bold items)
 * are the page's content, not questions. The FAQ's entries stay, asking or not.
 */
export function onlyFaqEntries(sections: readonly DraftSection[]): DraftSection[] {
  const asks = (section: DraftSection) =>
    section.cards.filter((card) => looksLikeQuestion(card.question)).length;
  const faq = sections.some(
    (s) => isQuestionsTitle(s.title) && s.cards.length >= 2 && asks(s) >= s.cards.length / 2,
  );
  if (!faq) return [...sections];
  return sections.map((section) =>
    isQuestionsTitle(section.title)
      ? section
      : { ...section, cards: section.cards.filter((card) => looksLikeQuestion(card.question)) },
  );
}
