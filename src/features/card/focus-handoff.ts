// Deleting a card, or bringing it back, swaps its page for the other one (the card's, or its
// "Deleted" page): the button pressed is gone, so the page that mounts in its place takes the
// focus, once, and only when it was handed over (a page opened from a link does not).

/** Where the focus lands: the deleted page's heading, or the card page's Edit button. */
type Landing = 'deleted' | 'card';

let handed: { readonly key: string; readonly at: Landing } | null = null;

/** Called before the card `key` is deleted (`deleted`) or brought back (`card`). */
export function handFocus(key: string, at: Landing): void {
  handed = { key, at };
}

/** Whether the page of `key` mounting `at` takes the focus (true only once). */
export function takeFocus(key: string, at: Landing): boolean {
  const taken = handed?.key === key && handed.at === at;
  if (taken) handed = null;
  return taken;
}
