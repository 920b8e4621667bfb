import type { ReactNode } from 'react';

interface EditorFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown once the field was changed or a save was tried; each keeps the draft from saving. */
  readonly problems: readonly string[];
  readonly multiline?: boolean;
  readonly rows?: number;
  /** The live preview under the box, rendered as study renders it. */
  readonly preview?: ReactNode;
  readonly previewLabel?: string;
}

/** One box of the card editor: label, hint, its problems beside it, and its preview. */
export function EditorField({
  id,
  label,
  hint,
  value,
  onChange,
  problems,
  multiline = false,
  rows = 8,
  preview,
  previewLabel,
}: EditorFieldProps) {
  const invalid = problems.length > 0;
  const control = {
    id,
    value,
    className: 'card-editor-input',
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-problems ${id}-hint` : `${id}-hint`,
    spellCheck: true,
  };
  return (
    <div className="card-editor-field">
      <label htmlFor={id} className="card-editor-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {multiline ? (
        <textarea {...control} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...control}
          type="text"
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {invalid && (
        <div id={`${id}-problems`}>
          {problems.map((problem) => (
            <p key={problem} className="field-error">
              {problem}
            </p>
          ))}
        </div>
      )}
      {preview !== undefined && (
        <div className="card-editor-preview" role="group" aria-label={previewLabel}>
          <p className="card-editor-preview-label" aria-hidden="true">
            Preview
          </p>
          {preview}
        </div>
      )}
    </div>
  );
}
