import {
  useEffect,
  useId,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import type { Parsed } from '../lib/parse-field.ts';

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'id'
>;

interface CommitFieldProps<T> extends InputProps {
  readonly label: ReactNode;
  /** The saved value as the field shows it. */
  readonly saved: string;
  readonly parse: (text: string) => Parsed<T>;
  /** Called with a valid value on blur or Enter (and as you type, when `live`). */
  readonly onCommit: (value: T) => void;
  readonly hint?: ReactNode;
  /** Commit each valid value while typing (a local choice, such as a quiz's length). */
  readonly live?: boolean;
}

/**
 * A field people can type into freely: the text is theirs until they leave the field or press
 * Enter; then it is checked, and either saved or explained inline, keeping the saved value.
 * Every number and date field in the app is one of these, so they all behave the same.
 */
export function CommitField<T>({
  label,
  saved,
  parse,
  onCommit,
  hint,
  live = false,
  ...input
}: CommitFieldProps<T>) {
  const id = useId();
  // Null while the field shows the saved value; the typed text otherwise.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Leaving the screen without leaving the field (a shortcut, Back) still keeps a valid value.
  const latest = useRef({ draft, parse, onCommit });
  useEffect(() => {
    latest.current = { draft, parse, onCommit };
  });
  useEffect(
    () => () => {
      const { draft: text, parse: read, onCommit: save } = latest.current;
      const parsed = text === null ? null : read(text);
      if (parsed?.ok) save(parsed.value);
    },
    [],
  );
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);

  const commit = (text: string) => {
    const parsed = parse(text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setDraft(null);
    onCommit(parsed.value);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={draft ?? saved}
        aria-invalid={error ? true : undefined}
        aria-describedby={described.length ? described.join(' ') : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          if (!live) return;
          const parsed = parse(text);
          if (parsed.ok) onCommit(parsed.value);
        }}
        onBlur={(e) => {
          if (draft !== null || error) commit(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft !== null) commit(e.currentTarget.value);
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
