import { useId } from 'react';

interface Props {
  titles: readonly string[];
  onChange: (titles: string[]) => void;
  /** The title being typed, held by the caller so a failed save keeps it on screen. */
  typed: string;
  onTyped: (text: string) => void;
}

/** Job titles as removable chips, with a box that adds one (Enter or the Add button). */
export function TitleChips({ titles, onChange, typed, onTyped }: Props) {
  const id = useId();
  const add = () => {
    const title = typed.trim();
    if (!title) return;
    if (!titles.some((t) => t.toLowerCase() === title.toLowerCase())) onChange([...titles, title]);
    onTyped('');
  };
  return (
    <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend className="small muted">Target titles</legend>
      {titles.length > 0 && (
        <ul className="row plain-list">
          {titles.map((title) => (
            <li key={title} className="picker-chip">
              {title}{' '}
              <button
                type="button"
                aria-label={`Remove ${title}`}
                onClick={() => onChange(titles.filter((t) => t !== title))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>Add a title</label>
      <div className="row" style={{ flexWrap: 'nowrap' }}>
        <input
          id={id}
          value={typed}
          placeholder="Backend Engineer"
          onChange={(e) => onTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
    </fieldset>
  );
}

/** The titles with the one still in the box (typed but not added), as saved. */
export function withTyped(titles: readonly string[], typed: string): string[] {
  const title = typed.trim();
  return title && !titles.some((t) => t.toLowerCase() === title.toLowerCase())
    ? [...titles, title]
    : [...titles];
}
