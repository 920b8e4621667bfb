import { SHAPES, type ShapeName } from '../../deck/import/types.ts';
import { plural } from '../../lib/plural.ts';
import { SHAPE_LABELS, type ImportDraft } from './import-draft.ts';

/**
 * "Read as": every reading there is, each with the cards it found where it was tried. Readings
 * skipped for the preview (they cannot win) say "counting…" until their counts arrive: an
 * option's words change, not the page's layout, and nothing is announced.
 */
export function ShapePicker({
  id,
  value,
  draft,
  onShape,
}: {
  id: string;
  value: ShapeName;
  draft: ImportDraft;
  onShape: (shape: ShapeName) => void;
}) {
  const found = new Map(draft.result?.shapesConsidered.map((s) => [s.shape, s.cards]));
  const counting = new Set(draft.result?.pending);
  return (
    <div className="field">
      <label htmlFor={`${id}-shape`}>Read as</label>
      <select
        id={`${id}-shape`}
        value={value}
        onChange={(event) => onShape(event.target.value as ShapeName)}
      >
        {SHAPES.map((shape) => (
          <option key={shape} value={shape}>
            {SHAPE_LABELS[shape]}
            {found.has(shape)
              ? ` (${plural(found.get(shape) ?? 0, 'card')})`
              : counting.has(shape)
                ? ' (counting…)'
                : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
