import './card-tags.css';

/** A card's tags as small chips (an Anki note's tags); nothing when it has none. */
export function CardTags({
  tags,
  compact = false,
}: {
  tags?: readonly string[];
  compact?: boolean;
}) {
  if (!tags || tags.length === 0) return null;
  return (
    <ul className={compact ? 'card-tags card-tags-compact' : 'card-tags'} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="card-tags-chip">
          {tag}
        </li>
      ))}
    </ul>
  );
}
