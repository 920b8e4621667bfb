import type { ChangeEvent } from 'react';

/** A button that opens the file chooser for a backup (a label over a hidden file input). */
export function FileButton(props: {
  readonly label: string;
  readonly onFile: (event: ChangeEvent<HTMLInputElement>) => Promise<void>;
}) {
  return (
    <div className="actions">
      <label className="button-like">
        {props.label}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => void props.onFile(e)}
          className="visually-hidden"
        />
      </label>
    </div>
  );
}
