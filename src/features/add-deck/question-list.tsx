import { useId, useState } from 'react';
import { LazyMarkdown } from '../../components/markdown/lazy-markdown.tsx';
import type { Card, Deck } from '../../deck/types.ts';
import { splitLines, type Fix } from './preview-fixes.ts';

/** Rows drawn at first: a 1,600-card deck's list appears at once; "Show all" draws the rest. */
export const FIRST_ROWS = 200;

interface Row {
  readonly key: string;
  readonly card: Card;
  readonly section: string;
  readonly first: boolean;
}

/**
 * Every question the reading found, one compact row each (its text, section and line, as plain
 * text); a card's answer and its fixes open on demand. `onFix` adds a fix by example.
 */
export function QuestionList({
  deck,
  onFix,
  busy,
}: {
  deck: Deck;
  onFix: (fix: Fix) => void;
  busy: boolean;
}) {
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // One section is said by the count above the list; several, on each row.
  const named = deck.sections.length > 1;
  const rows: Row[] = deck.sections.flatMap((s, i) =>
    s.cards.map((card, j) => ({
      key: `${s.id}/${card.id}`,
      card,
      section: named ? s.title : '',
      first: i === 0 && j === 0,
    })),
  );
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const toggle = (key: string) =>
    setOpen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <>
      <ol className="add-deck-rows" aria-label="Questions" aria-busy={busy}>
        {shown.map((row) => (
          <QuestionRow
            key={row.key}
            row={row}
            open={open.has(row.key)}
            onToggle={() => toggle(row.key)}
            onFix={onFix}
            busy={busy}
          />
        ))}
      </ol>
      {shown.length < rows.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {rows.length.toLocaleString('en')} questions
        </button>
      )}
    </>
  );
}

function QuestionRow({
  row,
  open,
  onToggle,
  onFix,
  busy,
}: {
  row: Row;
  open: boolean;
  onToggle: () => void;
  onFix: (fix: Fix) => void;
  busy: boolean;
}) {
  const id = useId();
  const { card } = row;
  const text = card.questionText;
  return (
    <li className="add-deck-row" aria-label={text}>
      <div className="add-deck-row-head">
        <button
          type="button"
          className="add-deck-row-toggle"
          aria-expanded={open}
          aria-controls={open ? id : undefined}
          onClick={onToggle}
        >
          <span className="add-deck-row-question">{text}</span>
        </button>
        <span className="add-deck-row-where">
          {row.section ? `${row.section} · ` : ''}line {card.line}
        </span>
        <button
          type="button"
          className="add-deck-row-fix"
          disabled={busy}
          onClick={() => onFix({ kind: 'not-question', text })}
        >
          Not a question
        </button>
      </div>
      {open && (
        <div id={id} className="add-deck-row-card">
          {card.prompt && <LazyMarkdown questionLevel={4}>{card.prompt}</LazyMarkdown>}
          <LazyMarkdown questionLevel={4}>{card.answer}</LazyMarkdown>
          <CardFixes card={card} first={row.first} onFix={onFix} busy={busy} />
        </div>
      )}
    </li>
  );
}

/** Drop, merge with the card before, split at a line of the answer, reword the question. */
function CardFixes({
  card,
  first,
  onFix,
  busy,
}: {
  card: Card;
  first: boolean;
  onFix: (fix: Fix) => void;
  busy: boolean;
}) {
  const id = useId();
  const text = card.questionText;
  const lines = splitLines(card.answer);
  const [at, setAt] = useState(lines[0] ?? '');
  const [to, setTo] = useState(text);
  return (
    <div className="add-deck-card-fixes">
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => onFix({ kind: 'drop', text })}>
          Drop
        </button>
        {!first && (
          <button type="button" disabled={busy} onClick={() => onFix({ kind: 'merge-up', text })}>
            Merge with the previous
          </button>
        )}
      </div>
      {lines.length > 0 && (
        <form
          className="field add-deck-inline"
          onSubmit={(event) => {
            event.preventDefault();
            if (at) onFix({ kind: 'split', text, line: at });
          }}
        >
          <label htmlFor={`${id}-split`}>Split at a line: it becomes a new question</label>
          <select id={`${id}-split`} value={at} onChange={(event) => setAt(event.target.value)}>
            {lines.map((line, i) => (
              <option key={i} value={line}>
                {line.length > 80 ? `${line.slice(0, 79)}…` : line}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy}>
            Split
          </button>
        </form>
      )}
      <form
        className="field add-deck-inline"
        onSubmit={(event) => {
          event.preventDefault();
          const next = to.trim();
          if (next !== '' && next !== text) onFix({ kind: 'rename', text, to: next });
        }}
      >
        <label htmlFor={`${id}-rename`}>Edit the question</label>
        <input
          id={`${id}-rename`}
          value={to}
          maxLength={500}
          onChange={(event) => setTo(event.target.value)}
        />
        <button type="submit" disabled={busy}>
          Save question
        </button>
      </form>
    </div>
  );
}
