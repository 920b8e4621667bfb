import { useState } from 'react';
import { allEntries, decks, type CardEntry } from '../lib/decks.ts';
import './section-picker.css';

/** Which sections a quiz or mock interview draws from (all by default), and the cards they hold. */
export function useSectionChoice(): {
  chosen: ReadonlySet<string>;
  setChosen: (chosen: ReadonlySet<string>) => void;
  pool: readonly CardEntry[];
} {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(decks.flatMap((d) => d.sections.map((s) => s.id))),
  );
  return { chosen, setChosen, pool: allEntries().filter((e) => chosen.has(e.section.id)) };
}

/** One checkbox per section. */
export function SectionPicker({
  chosen,
  onChange,
}: {
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}) {
  return (
    <fieldset className="section-picker">
      <legend>Sections</legend>
      {decks
        .flatMap((d) => d.sections)
        .map((s) => (
          <label key={s.id}>
            <input
              type="checkbox"
              checked={chosen.has(s.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(s.id);
                else next.delete(s.id);
                onChange(next);
              }}
            />{' '}
            {s.title}
          </label>
        ))}
    </fieldset>
  );
}
