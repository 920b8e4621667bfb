/**
 * A small suffix-stripping stemmer for English technical prose ("Porter-lite"): it folds the
 * word forms an answer is typed in — plurals, -ed/-ing, -able/-ability, -ation/-ize, -ful,
 * -ment, -ly — onto one stem, so "scaling", "scalable" and "scales" meet at "scal". It is
 * not a linguist's stemmer: it only has to be the same on both sides of a comparison and to
 * keep apart what must stay apart ("stateful" → "stat", "stateless" stays "stateless").
 * Written here rather than installed: twenty lines of rules tuned and tested for this
 * vocabulary, no dependency for a feature that is still growing.
 */

// Longest first within the table is not needed: the longest matching suffix wins.
const SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['sses', 'ss'],
  ['ies', 'y'],
  ['ches', ''],
  ['shes', ''],
  ['xes', ''],
  ['zes', ''],
  ['s', ''],
  ['ed', ''],
  ['ing', ''],
  ['ly', ''],
  ['er', ''],
  ['ers', ''],
  ['al', ''],
  ['ful', ''],
  ['ness', ''],
  ['ment', ''],
  ['ments', ''],
  ['ity', ''],
  ['ities', ''],
  ['ive', ''],
  ['able', ''],
  ['ible', ''],
  ['ability', ''],
  ['ibility', ''],
  ['ency', 'ent'],
  ['ion', ''],
  // The -ate family in every form, so "update", "updated" and "updating" agree.
  ['ate', ''],
  ['ates', ''],
  ['ated', ''],
  ['ating', ''],
  ['ation', ''],
  ['ations', ''],
  ['ator', ''],
  ['ators', ''],
  ['ative', ''],
  ['atic', ''],
  ['atically', ''],
  ['ically', 'ic'],
  // And the -ize family ("authorizer", "authorization", "authorize").
  ['ize', ''],
  ['izes', ''],
  ['ized', ''],
  ['izing', ''],
  ['izer', ''],
  ['izers', ''],
  ['ization', ''],
  ['izations', ''],
  ['ise', ''],
  ['ised', ''],
  ['ising', ''],
  ['isation', ''],
];

const BY_LENGTH = [...SUFFIXES].sort((a, b) => b[0].length - a[0].length);
const VOWEL = /[aeiouy]/;
/** A plural `s` stays after these ("status", "access", "analysis"). */
const KEEP_S = /[sui]s$/;

/** The stem of one lowercase word; words of three letters or fewer and words with digits are kept. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let current = word;
  for (let pass = 0; pass < 3; pass++) {
    const next = stripOnce(current);
    if (next === current) break;
    current = next;
  }
  // "cache"/"caches"/"caching" meet at "cach"; "logging" at "log".
  if (current.length >= 4 && current.endsWith('e')) current = current.slice(0, -1);
  if (/([^aeiouylsz])\1$/.test(current) && current.length >= 4) current = current.slice(0, -1);
  return current;
}

function stripOnce(word: string): string {
  for (const [suffix, replacement] of BY_LENGTH) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 's' && KEEP_S.test(word)) continue;
    if (suffix === 'ion' && !/[st]ion$/.test(word)) continue;
    const base = word.slice(0, word.length - suffix.length);
    // The stem keeps at least three letters and a vowel: "used" is not "us", "need" not "ne".
    if (base.length < 3 || !VOWEL.test(base)) continue;
    return base + replacement;
  }
  return word;
}
