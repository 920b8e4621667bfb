import type { ReactNode } from 'react';

interface CheckboxProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly className?: string;
  /** The label: clicking its words toggles the box too. */
  readonly children: ReactNode;
}

/** A checkbox inside its label, so its name is the label's words and no id is needed. */
export function Checkbox({ checked, onChange, className, children }: CheckboxProps) {
  return (
    <label className={className}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
      {children}
    </label>
  );
}
