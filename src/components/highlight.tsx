import { findTermRanges } from '../lib/fold.ts';

/** Text with the matched search terms marked. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = findTermRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * About `length` characters of `text` where the matches cluster most (so a phrase such as
 * `Access-Control-Allow-Origin` shows where it stands whole), with the matches marked.
 */
export function Snippet({
  text,
  terms,
  length = 160,
}: {
  text: string;
  terms: readonly string[];
  length?: number;
}) {
  const ranges = findTermRanges(text, terms);
  let best = ranges[0];
  let bestCount = 0;
  for (const range of ranges) {
    const count = ranges.filter(([s]) => s >= range[0] && s < range[0] + length * 0.6).length;
    if (count > bestCount) [best, bestCount] = [range, count];
  }
  const start = best ? Math.max(0, best[0] - Math.floor(length / 3)) : 0;
  const end = Math.min(text.length, start + length);
  const slice = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return <Highlight text={slice} terms={terms} />;
}
