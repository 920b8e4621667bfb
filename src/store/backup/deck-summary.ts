import { plural } from '../../lib/plural.ts';
import type { DeckPlan } from './deck-backup.ts';

/**
 * What a backup's decks would do here, in one sentence: a restore replaces a deck that differs
 * (its progress in the file belongs to the file's version), a merge keeps this device's.
 */
export function deckPlanLine(plan: DeckPlan, mode: 'restore' | 'merge'): string {
  if (plan.total === 0) return '';
  const parts = [
    plan.added.length > 0 ? `${plan.added.length} new` : '',
    plan.deletedHere.length > 0
      ? `${plan.deletedHere.length} deleted here since (${plan.deletedHere.map((s) => `“${s.deck.title}”`).join(', ')})${mode === 'restore' ? ', brought back' : ''}`
      : '',
    plan.differ.length > 0
      ? mode === 'restore'
        ? `${plan.differ.length} replaced (the one here is kept in Recently deleted)`
        : `${plan.differ.length} different from this device’s deck with the same id (${plan.differ.map((s) => `“${s.deck.title}”`).join(', ')}), which ${plan.differ.length === 1 ? 'is' : 'are'} kept: restore the file to take ${plan.differ.length === 1 ? 'its' : 'its versions'}`
      : '',
    plan.same > 0 ? `${plan.same} already here` : '',
    plan.bad.length > 0 ? `${plan.bad.length} unreadable, skipped` : '',
  ];
  return `${plural(plan.total, 'deck')} of your own: ${parts.filter(Boolean).join(', ')}.`;
}

/** What was done with the decks, once done. */
export function deckResultLine(done: { added: number; replaced: number }): string {
  const parts = [
    done.added > 0 ? `${plural(done.added, 'deck')} added` : '',
    done.replaced > 0
      ? `${plural(done.replaced, 'deck')} replaced (the old ${done.replaced === 1 ? 'one is' : 'ones are'} in Recently deleted, under Add a deck)`
      : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join(', ')}.`.replace(/^ ./, (c) => c.toUpperCase()) : '';
}
