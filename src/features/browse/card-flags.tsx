import type { CardOutline } from '../../deck/types.ts';

/**
 * What the user did to a card, as words (not a colour alone): suspended, buried (`buried`: until
 * later than now), edited. Nothing for a card left as its deck has it.
 */
export function CardFlags({ card, buried }: { card: CardOutline; buried: boolean }) {
  const flags = [
    card.suspended === true && 'Suspended',
    buried && 'Buried',
    card.edited === true && 'Edited',
  ].filter((flag) => flag !== false);
  if (flags.length === 0) return null;
  return (
    <span className="browse-flags">
      {flags.map((flag) => (
        <span key={flag} className={`browse-flag browse-flag-${flag.toLowerCase()}`}>
          {flag}
        </span>
      ))}
    </span>
  );
}
