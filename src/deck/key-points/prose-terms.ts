/**
 * The technical terms of a run of prose, found by their shape as a reader spots them:
 * acronyms and mixed-case names ("VPC", "S3", "DynamoDB", "IaaS"), capitalised names in
 * mid-sentence ("Lambda", "Redis"), and runs of them ("Auto Scaling", "Route 53",
 * "Elastic Compute Cloud", "Intelligent-Tiering"). A capitalised word that only starts a
 * sentence ("Automatically adjusts…") is not a term unless a capitalised word follows it.
 */
export function proseTerms(text: string): string[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const terms: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as (typeof words)[number];
    const startsSentence =
      i === 0 || /[.!?:;\n]\s|^\s*[-*•]/.test(gap(text, words[i - 1]?.end, word.start));
    const shape = shapeOf(word.text);
    const next = words[i + 1];
    const joined =
      next !== undefined && joins(gap(text, word.end, next.start), word.text, next.text);
    const opens =
      shape === 'technical' ||
      (shape === 'capitalised' &&
        (!startsSentence || (joined && shapeOf(next.text) === 'capitalised')));
    if (!opens) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < words.length) {
      const a = words[last] as (typeof words)[number];
      const b = words[last + 1] as (typeof words)[number];
      const between = gap(text, a.end, b.start);
      // "Node.js": a dot with no space keeps the name going whatever the next word's case.
      if (!joins(between, a.text, b.text) || (shapeOf(b.text) === 'plain' && between !== '.'))
        break;
      last++;
    }
    terms.push(text.slice(word.start, (words[last] as (typeof words)[number]).end));
    i = last + 1;
  }
  return terms;
}

type Shape = 'technical' | 'capitalised' | 'number' | 'plain';

function shapeOf(word: string): Shape {
  if (/^\d+$/.test(word)) return 'number';
  if (/\p{Lu}.*\p{Lu}/u.test(word) || (/\d/.test(word) && /\p{L}/u.test(word))) return 'technical';
  return /^\p{Lu}/u.test(word) ? 'capitalised' : 'plain';
}

function gap(text: string, from: number | undefined, to: number): string {
  return from === undefined ? '' : text.slice(from, to);
}

/** Words of one name are joined by a space, a hyphen or a dot ("Node.js"); acronyms also by a slash ("CI/CD"). */
function joins(between: string, a: string, b: string): boolean {
  if (between === ' ' || between === '-' || between === '.') return true;
  return between === '/' && /^[A-Z]{1,4}$/.test(a) && /^[A-Z]{1,4}$/.test(b);
}
