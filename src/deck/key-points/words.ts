import { stem } from './stem.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';

/** One word of an answer as it was written and as it is compared. */
export interface Word {
  /** The text as written, e.g. "Security Groups". */
  readonly surface: string;
  /** The compared form: a stem ("secur"), or a synonym group's first spelling ("security group"). */
  readonly norm: string;
}

/**
 * Words that say nothing on their own: function words, "use"/"via"-style glue, and "AWS"
 * itself, which every answer in an AWS deck would otherwise share. A point made only of these
 * has nothing to match; a typed answer made only of these covers nothing.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or nor but if then else of to in on at by for from with without into onto over ' +
    'under about as is are was were be been being am do does did done has have had having it its ' +
    'this that these those there here which who whom whose what when where why how than too very ' +
    'can could should would will shall may might must not no yes so such just only also even ' +
    'more most less least much many some any all each every both either neither other another ' +
    'i me my we us our you your he she they them their his her e g eg ie etc vs via ' +
    'use uses used using make makes made like up out off per fully whether s t d ll re ve don doesn isn aren wasn won aws amazon'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

interface Raw {
  readonly surface: string;
  readonly lower: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

/** The words of `text`, stemmed, synonyms folded, stop words dropped. */
export function toWords(text: string): Word[] {
  const raw: Raw[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = fold(m[0]);
    raw.push({
      surface: m[0],
      lower,
      stem: stemOf(lower),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const words: Word[] = [];
  for (let i = 0; i < raw.length;) {
    const phrase = phraseAt(raw, i);
    if (phrase) {
      const first = raw[i] as Raw;
      const last = raw[i + phrase.stems.length - 1] as Raw;
      if (!STOP_WORDS.has(phrase.norm)) {
        words.push({ surface: text.slice(first.start, last.end), norm: phrase.norm });
      }
      i += phrase.stems.length;
      continue;
    }
    const word = raw[i] as Raw;
    if (!STOP_WORDS.has(word.lower)) words.push({ surface: word.surface, norm: word.stem });
    i++;
  }
  return words;
}

/** Lowercase without accents, so "Café" and "cafe" compare equal. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
}

interface Phrase {
  readonly stems: readonly string[];
  readonly norm: string;
}

/** Synonym phrases by their first stem, longest first so "auto scaling group" beats "auto scaling". */
const PHRASES: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const group of SYNONYM_GROUPS) {
    const norm = group[0] as string;
    for (const spelling of group) {
      const stems = spelling.split(' ').map((w) => stem(w));
      const first = stems[0] as string;
      map.set(first, [...(map.get(first) ?? []), { stems, norm }]);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return map;
})();

/** Stems already worked out: a typed answer repeats its words, and is re-read per keystroke. */
const STEMS = new Map<string, string>();
const MAX_CACHED_STEMS = 20_000;

/** The stem, except that short plurals of known abbreviations lose their `s` ("DBs", "SGs"). */
function stemOf(lower: string): string {
  let known = STEMS.get(lower);
  if (known === undefined) {
    const plain = stem(lower);
    known =
      !PHRASES.has(plain) && lower.endsWith('s') && PHRASES.has(lower.slice(0, -1))
        ? lower.slice(0, -1)
        : plain;
    if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear();
    STEMS.set(lower, known);
  }
  return known;
}

function phraseAt(raw: readonly Raw[], i: number): Phrase | undefined {
  const candidates = PHRASES.get((raw[i] as Raw).stem);
  return candidates?.find((p) => p.stems.every((s, k) => raw[i + k]?.stem === s));
}
