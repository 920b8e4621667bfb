import { checkDeck } from '../../deck/check-deck.ts';
import { checkFixes } from '../../deck/import/check-fixes.ts';
import { SHAPES, type ShapeName } from '../../deck/import/types.ts';
import { decodeOwnAnswers } from '../../deck/key-points/own-answer.ts';
import type { StoredDeck } from './library-db.ts';

const MAX_SOURCE_CHARS = 500;

const isShape = (value: unknown): value is ShapeName =>
  typeof value === 'string' && (SHAPES as readonly string[]).includes(value);

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A saved deck as found, checked: the deck to use, or why it cannot be (and its id, if any). */
export type CheckedStoredDeck =
  { readonly stored: StoredDeck } | { readonly reason: string; readonly id?: string };

/**
 * Reads a saved deck (from a backup file, or read back from IndexedDB) as untrusted input: the
 * deck is checked field by field and capped (src/deck/check-deck.ts); the fixes made in its
 * preview (src/deck/import/check-fixes.ts) and the own answers it carried are checked too, and
 * dropped when malformed: the deck is whole without them.
 */
export function checkStoredDeck(value: unknown, fallbackSource: string): CheckedStoredDeck {
  const record = typeof value === 'object' && value !== null ? (value as Partial<StoredDeck>) : {};
  const checked = checkDeck(record.deck);
  if (!('deck' in checked)) return checked;
  const source =
    typeof record.source === 'string' && record.source.length <= MAX_SOURCE_CHARS
      ? record.source
      : fallbackSource;
  const fixes = record.fixes === undefined ? null : checkFixes(record.fixes);
  const { answers } = decodeOwnAnswers(record.ownAnswers);
  return {
    stored: {
      deck: checked.deck,
      source,
      shape: isShape(record.shape) ? record.shape : null,
      ...(fixes && 'fixes' in fixes ? { fixes: fixes.fixes } : {}),
      ...(Object.keys(answers).length > 0 ? { ownAnswers: answers } : {}),
      ...(isTime(record.savedAt) ? { savedAt: record.savedAt } : {}),
    },
  };
}
