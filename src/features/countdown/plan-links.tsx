import type { DeckOutline } from '../../deck/types.ts';
import { plural } from '../../lib/plural.ts';
import { studyHref } from '../../lib/route.ts';
import type { TodaysPlan } from '../../srs/day-plan.ts';

/** Ids of a deck's card keys, for a study link. */
const cardIds = (deck: DeckOutline, keys: readonly string[]) =>
  keys.map((key) => key.slice(deck.id.length + 1));

/**
 * Today's plan for a deck: the link to study what is left of it, or that it is done (`done`
 * says what then) or that nothing was planned. On a deck's page it is the primary action.
 */
export function PlanAction({
  deck,
  today,
  primary = false,
  done = 'Today’s plan is done.',
}: {
  deck: DeckOutline;
  today: TodaysPlan;
  primary?: boolean;
  done?: string;
}) {
  const { plan, left } = today;
  if (left.length === 0) {
    return (
      <p className="countdown-on-track">
        {plan.reviews.length + plan.fresh.length > 0 ? done : 'Nothing planned today.'}
      </p>
    );
  }
  return (
    <a
      className={primary ? 'button-link primary' : 'button-link'}
      href={studyHref(deck.id, { kind: 'cards', cardIds: cardIds(deck, left) })}
    >
      Study today’s plan · {plural(left.length, 'card', 'cards')}
    </a>
  );
}

/** The interview day's warm-up for a deck, as a cram round that leaves the schedule alone. */
export function WarmUpLink({
  deck,
  cards,
  primary = false,
}: {
  deck: DeckOutline;
  cards: readonly string[];
  primary?: boolean;
}) {
  return (
    <a
      className={primary ? 'button-link primary' : 'button-link'}
      href={studyHref(deck.id, { kind: 'cards', cardIds: cardIds(deck, cards) }, true)}
    >
      Warm up · {plural(cards.length, 'card', 'cards')}
    </a>
  );
}
