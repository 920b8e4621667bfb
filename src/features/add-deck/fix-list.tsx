import { useId } from 'react';
import { plural } from '../../lib/plural.ts';
import { describeFix, type Fix } from './preview-fixes.ts';

/** The fixes made so far, each with its undo, and "Undo last". */
export function FixList({
  fixes,
  busy,
  onChange,
}: {
  fixes: readonly Fix[];
  busy: boolean;
  onChange: (change: (fixes: readonly Fix[]) => readonly Fix[]) => void;
}) {
  const id = useId();
  if (fixes.length === 0) return null;
  return (
    <section className="add-deck-fixes" aria-labelledby={id}>
      <div className="add-deck-fixes-head">
        <h3 id={id}>Your {plural(fixes.length, 'fix', 'fixes')}</h3>
        <button type="button" disabled={busy} onClick={() => onChange((all) => all.slice(0, -1))}>
          Undo last
        </button>
      </div>
      <ol>
        {fixes.map((fix, i) => (
          <li key={i}>
            <span>{describeFix(fix)}</span>{' '}
            <button
              type="button"
              className="add-deck-undo"
              disabled={busy}
              aria-label={`Undo: ${describeFix(fix)}`}
              onClick={() => onChange((all) => all.filter((_, j) => j !== i))}
            >
              Undo
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
