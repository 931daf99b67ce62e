import type { CSSProperties, ReactNode } from 'react';

/**
 * A checkbox with its words beside it. Labels in theme.css are muted grid labels over a field; a checkbox's
 * words are what the user ticks, so they take the text colour, and the box keeps its own width in the row.
 * `className` adds to `row` (e.g. a notice), `style` to the label's own.
 */
export function CheckboxRow({
  checked,
  onChange,
  className,
  style,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <label className={className ? `row ${className}` : 'row'} style={{ ...style, color: 'inherit' }}>
      <input
        type="checkbox"
        style={{ width: 'auto' }}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {children}
    </label>
  );
}
