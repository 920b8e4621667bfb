import { useId } from 'react';

/**
 * A tag menu: any tag ('') or one, each with how many cards carry it; shown only when some card
 * has a tag. "Only cards tagged" in a quiz or mock, "Tag" in Cards.
 */
export function TagPicker({
  tags,
  value,
  onChange,
  label = 'Only cards tagged',
  id: given,
}: {
  tags: readonly [tag: string, cards: number][];
  value: string;
  onChange: (tag: string) => void;
  label?: string;
  id?: string;
}) {
  const own = useId();
  const id = given ?? own;
  if (tags.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any tag</option>
        {tags.map(([tag, count]) => (
          <option key={tag} value={tag}>
            {tag} ({count})
          </option>
        ))}
      </select>
    </div>
  );
}
