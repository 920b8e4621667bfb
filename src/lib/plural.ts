const rules = new Intl.PluralRules('en');

/**
 * A count with its noun: `plural(1, 'card')` is "1 card", `plural(3, 'card')` "3 cards",
 * `plural(2, 'card is', 'cards are')` "2 cards are", `plural(1065, 'review')`
 * "1,065 reviews". The app's text is English.
 */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en')} ${rules.select(count) === 'one' ? one : other}`;
}
