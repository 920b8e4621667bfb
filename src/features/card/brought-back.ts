// "Bring it back" replaces the deleted card's page with the card's own: the button pressed is
// gone, so the card's page, mounting, takes the focus for it (its Edit button), once.
let broughtBack: string | null = null;

/** Called before the card `key` is brought back from its deleted page. */
export function markBroughtBack(key: string): void {
  broughtBack = key;
}

/** Whether the card page of `key` opens because it was brought back (true only once). */
export function takeBroughtBack(key: string): boolean {
  const was = broughtBack === key;
  if (was) broughtBack = null;
  return was;
}
