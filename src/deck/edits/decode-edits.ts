import { MAX_ANSWER_BYTES, MAX_QUESTION_CHARS, bytesOver } from '../limits.ts';
import { MAX_TAG_CHARS, MAX_TAGS, TAG_PATTERN } from '../tags.ts';
import { MAX_HISTORY, type CardEdit, type CardEdits, type CardText } from './card-edit.ts';

// The store's card-key shape: a deck file name, a slash, a card id.
const CARD_KEY = /^[A-Za-z0-9_.-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SECTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DecodedEdits {
  readonly edits: CardEdits;
  /** Entries that could not be read, with the reason: kept aside by the caller, never dropped. */
  readonly rejected: readonly {
    readonly key: string;
    readonly value: unknown;
    readonly reason: string;
  }[];
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

function readText(value: unknown): CardText | null {
  if (!isObject(value)) return null;
  const { question, questionText, prompt, answer } = value;
  if (typeof question !== 'string' || typeof questionText !== 'string') return null;
  if (typeof prompt !== 'string' || typeof answer !== 'string') return null;
  if (question.length > MAX_QUESTION_CHARS * 2 || questionText.length > MAX_QUESTION_CHARS * 2)
    return null;
  // Twice the editor's cap: a deck's own text may be larger than what the editor saves.
  if (bytesOver(answer, MAX_ANSWER_BYTES * 2) !== null) return null;
  if (bytesOver(prompt, MAX_ANSWER_BYTES * 2) !== null) return null;
  return { question, questionText, prompt, answer };
}

/** One card's edit as saved or found in a file; a string saying what is wrong, else the edit. */
function readEdit(value: unknown): CardEdit | string {
  if (!isObject(value)) return 'it should be an object';
  const edit: Record<string, unknown> = {};
  const { text, tags, suspended, buried, history } = value;
  for (const part of ['deleted', 'reverse'] as const) {
    const flag = value[part];
    if (flag === undefined) continue;
    if (!isObject(flag) || typeof flag['on'] !== 'boolean' || !isTime(flag['at']))
      return `its ${part} mark cannot be read`;
    edit[part] = { on: flag['on'], at: flag['at'] };
  }
  for (const part of ['added', 'moved'] as const) {
    const place = value[part];
    if (place === undefined) continue;
    if (
      !isObject(place) ||
      typeof place['section'] !== 'string' ||
      !SECTION_ID.test(place['section']) ||
      typeof place['sectionTitle'] !== 'string' ||
      place['sectionTitle'].length > MAX_QUESTION_CHARS ||
      !isTime(place['at'])
    )
      return `where it was ${part} cannot be read`;
    edit[part] = {
      section: place['section'],
      sectionTitle: place['sectionTitle'],
      at: place['at'],
    };
  }
  if (value['added'] !== undefined && !(isObject(text) && isObject(text['value'])))
    return 'it was added without a text';
  if (text !== undefined) {
    if (!isObject(text) || !isTime(text['at'])) return 'its text has no valid time';
    const own = text['value'] === null ? null : readText(text['value']);
    if (own === null && text['value'] !== null) return 'its text cannot be read';
    const base = text['base'] === undefined ? undefined : readText(text['base']);
    if (base === null) return 'the original it was edited from cannot be read';
    edit['text'] = { value: own, ...(base ? { base } : {}), at: text['at'] };
  }
  if (tags !== undefined) {
    const list = isObject(tags) ? tags['tags'] : undefined;
    if (!isObject(tags) || !isTime(tags['at']) || !Array.isArray(list))
      return 'its tags cannot be read';
    if (
      list.length > MAX_TAGS ||
      list.some((t) => typeof t !== 'string' || t.length > MAX_TAG_CHARS || !TAG_PATTERN.test(t))
    )
      return 'its tags are not tags';
    edit['tags'] = { tags: [...(list as string[])], at: tags['at'] };
  }
  if (suspended !== undefined) {
    if (!isObject(suspended) || typeof suspended['on'] !== 'boolean' || !isTime(suspended['at']))
      return 'whether it is suspended cannot be read';
    edit['suspended'] = { on: suspended['on'], at: suspended['at'] };
  }
  if (buried !== undefined) {
    if (!isObject(buried) || !isTime(buried['until']) || !isTime(buried['at']))
      return 'whether it is buried cannot be read';
    edit['buried'] = { until: buried['until'], at: buried['at'] };
  }
  if (history !== undefined) {
    if (!Array.isArray(history)) return 'its history cannot be read';
    const versions = history.slice(0, MAX_HISTORY).map((v: unknown) => {
      const kept = isObject(v) ? readText(v['value']) : null;
      return kept && isObject(v) && isTime(v['at']) ? { value: kept, at: v['at'] } : null;
    });
    if (versions.some((v) => v === null)) return 'its history cannot be read';
    if (versions.length > 0) edit['history'] = versions;
  }
  return edit as CardEdit;
}

const editKeyProblem = (key: string): string | null =>
  UNSAFE_KEYS.has(key) || !CARD_KEY.test(key) ? `“${key}” is not a card key` : null;

/**
 * Reads card edits from saved or imported data (an object by card key). One bad entry does not
 * lose the others: it comes back in `rejected` with the reason.
 */
export function decodeEdits(value: unknown): DecodedEdits {
  if (value === undefined || value === null) return { edits: {}, rejected: [] };
  if (!isObject(value)) {
    return { edits: {}, rejected: [{ key: '', value, reason: 'card edits should be an object' }] };
  }
  const edits: Record<string, CardEdit> = {};
  const rejected: { key: string; value: unknown; reason: string }[] = [];
  for (const [key, entry] of Object.entries(value)) {
    const keyProblem = editKeyProblem(key);
    const read = keyProblem ?? readEdit(entry);
    if (typeof read === 'string')
      rejected.push({ key, value: entry, reason: `the edit of ${key}: ${read}` });
    else edits[key] = read;
  }
  return { edits, rejected };
}
