// Reading text out of HTML: character references decoded, attribute values read, and the
// characters markdown would act on escaped, so text from a field stays text.

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  times: '×',
  divide: '÷',
  rarr: '→',
  larr: '←',
  harr: '↔',
  rArr: '⇒',
  le: '≤',
  ge: '≥',
  ne: '≠',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  deg: '°',
  plusmn: '±',
  laquo: '«',
  raquo: '»',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  hairsp: '\u200A',
  minus: '−',
  prime: '′',
  Prime: '″',
  sect: '§',
  para: '¶',
  micro: 'µ',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  iexcl: '¡',
  iquest: '¿',
  shy: '',
  zwj: '\u200D',
  zwnj: '\u200C',
};

/** `&amp;`, `&#8217;`, `&#x2019;` and the names above as their characters; others stay. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** The value of attribute `name` in a tag's attribute text, decoded; '' when it has none. */
export function attr(attrs: string, name: string): string {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  return decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
}

/** Markdown-special characters in text, so `1. x` or `*` from HTML stays literal. */
export function escape(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1').replace(/^(\s*)([#>+-]|\d+[.)])(?=\s)/gm, '$1\\$2');
}
