/** The most words a point's text keeps from a list item's explanation. */
const MAX_CLAUSE_WORDS = 8;

/**
 * Splits "ECS: AWS-managed container orchestration" or "Region = Geographical area" into a
 * short label and the rest; text without such a label (or with a long one) is all rest.
 */
export function splitLabel(text: string): { label: string; rest: string } {
  const match = /^([^:=\n]{1,40}?)\s*(?::|\s=)\s+(.*)$/s.exec(text.trim());
  if (!match || (match[1] as string).split(/\s+/).length > 5)
    return { label: '', rest: text.trim() };
  return { label: (match[1] as string).trim(), rest: (match[2] as string).trim() };
}

/**
 * The leading clause of a sentence: up to the first full stop, semicolon, dash, arrow or
 * parenthesis, at most {@link MAX_CLAUSE_WORDS} words — "Use provisioned concurrency", not
 * the paragraph after it.
 */
export function leadingClause(text: string): string {
  const words = wholeClause(text).split(/\s+/).filter(Boolean);
  const kept = words.slice(0, MAX_CLAUSE_WORDS).join(' ');
  return words.length > MAX_CLAUSE_WORDS ? `${kept}…` : kept;
}

/** The same clause not cut short, to show in full once an answer is checked. */
export function wholeClause(text: string): string {
  const [clause = ''] = text.trim().split(/\.(?:\s|$)|[;(\n]|\s[—–→-]\s/);
  return clause.trim().replace(/[.,:]+$/, '');
}
