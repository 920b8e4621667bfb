/**
 * The lists' items taking turns: the first of each list, then the second of each, and so on;
 * a list that runs out drops out. `[[a1, a2, a3], [b1]]` gives `[a1, b1, a2, a3]`.
 */
export function takingTurns<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++)
    for (const list of lists) if (i < list.length) out.push(list[i] as T);
  return out;
}
