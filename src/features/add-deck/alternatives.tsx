import { useId, useState } from 'react';
import { plural } from '../../lib/plural.ts';
import type { Fix } from './preview-fixes.ts';

/** Lines another reading takes for questions, drawn before "Show all". */
const FIRST_ALTERNATIVES = 50;

/**
 * Lines another reading takes for questions: marking one reads the document again that way.
 * While they are being found (after the preview is drawn), a line of the same height says so.
 */
export function Alternatives({
  lines,
  counting = false,
  onFix,
  busy,
}: {
  lines: readonly { readonly line: number; readonly question: string }[];
  counting?: boolean;
  onFix: (fix: Fix) => void;
  busy: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const id = useId();
  if (counting)
    return (
      <div className="add-deck-alternatives">
        <button type="button" disabled>
          Looking for lines that could be questions…
        </button>
      </div>
    );
  if (lines.length === 0) return null;
  const shown = all ? lines : lines.slice(0, FIRST_ALTERNATIVES);
  return (
    <div className="add-deck-alternatives">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        A question is missing? {plural(lines.length, 'line')} could be questions
      </button>
      {open && (
        <div id={id}>
          <ul className="add-deck-rows" aria-label="Lines that could be questions">
            {shown.map(({ line, question }) => (
              <li key={`${line}:${question}`} className="add-deck-row" aria-label={question}>
                <div className="add-deck-row-head">
                  <p className="add-deck-row-toggle">
                    <span className="add-deck-row-question">{question}</span>
                  </p>
                  <span className="add-deck-row-where">line {line}</span>
                  <button
                    type="button"
                    className="add-deck-row-fix"
                    disabled={busy}
                    onClick={() => onFix({ kind: 'question', text: question })}
                  >
                    This is a question
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {shown.length < lines.length && (
            <button type="button" onClick={() => setAll(true)}>
              Show all {lines.length.toLocaleString('en')} lines
            </button>
          )}
        </div>
      )}
    </div>
  );
}
