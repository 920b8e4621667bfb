/**
 * Whether two words are at most one edit apart (one letter changed, added, removed, or two
 * neighbours swapped): "kubernets" / "kubernetes", "recieve" / "receive". Linear, no table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const rest = a.slice(i + 1) === b.slice(i + 1);
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return rest || swapped;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
