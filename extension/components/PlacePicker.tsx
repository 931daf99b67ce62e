import './picker.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { optionByCode, type PlaceOption, searchPlaces } from '../../shared/geo/index.ts';

interface Props {
  label: string;
  options: readonly PlaceOption[];
  /** The stored code ("DE"), or '' for none. */
  value: string;
  onChange: (code: string) => void;
  placeholder?: string;
  /** Empty the box after each choice (a picker that adds to a list). */
  clearOnChoose?: boolean;
}

/**
 * A searchable picker (the ARIA combobox pattern): type to filter ("Ger" → Germany), arrows move,
 * Enter chooses, Escape closes (a second Escape restores the saved choice). Clearing the text clears it.
 */
export function PlacePicker({ label, options, value, onChange, placeholder, clearOnChoose }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const chosen = optionByCode(options, value);
  const [text, setText] = useState(chosen?.name ?? value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const typed = useRef(false);

  // Follow the stored value (an import or another tab) unless the person is typing.
  useEffect(() => {
    if (!typed.current) setText(chosen?.name ?? value);
  }, [chosen, value]);

  const matches = useMemo(() => searchPlaces(options, typed.current ? text : ''), [options, text]);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const choose = (option: PlaceOption | null) => {
    typed.current = false;
    setOpen(false);
    setText(clearOnChoose ? '' : (option?.name ?? ''));
    if ((option?.code ?? '') !== value) onChange(option?.code ?? '');
  };
  const settle = () => {
    if (!typed.current) return setOpen(false);
    if (!text.trim()) return choose(null);
    const exact = matches.find((o) => o.name.toLowerCase() === text.trim().toLowerCase());
    choose(exact ?? chosen ?? null);
  };

  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-${matches[active].code}` : undefined}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) return setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => Math.min(Math.max(i + step, 0), Math.max(matches.length - 1, 0)));
          } else if (e.key === 'Enter') {
            if (!open && !typed.current) return;
            e.preventDefault();
            if (!text.trim()) choose(null);
            else if (matches[active]) choose(matches[active]);
          } else if (e.key === 'Escape') {
            if (open) {
              e.preventDefault();
              setOpen(false);
            } else if (typed.current) {
              typed.current = false;
              setText(chosen?.name ?? value);
            }
          }
        }}
      />
      <div id={listId} role="listbox" aria-label={label} ref={list} hidden={!open} className="picker-list">
        {open &&
          matches.map((o, i) => (
            <div
              key={o.code}
              id={`${id}-${o.code}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-index={i}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
              onKeyDown={(e) => e.key === 'Enter' && choose(o)}
              onMouseMove={() => setActive(i)}
            >
              {o.name}
            </div>
          ))}
      </div>
      {open && matches.length === 0 && (
        <p className="muted small" role="status">
          No place called “{text.trim()}”. Try another spelling.
        </p>
      )}
    </div>
  );
}

/** Several countries (where you may work): each one removable, more added with a picker. */
export function CountryListPicker({
  label,
  options,
  codes,
  onChange,
}: {
  label: string;
  options: readonly PlaceOption[];
  codes: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  return (
    <fieldset className="stack" style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend className="small muted">{label}</legend>
      {codes.length > 0 && (
        <ul className="row" style={{ flexWrap: 'wrap', listStyle: 'none', margin: 0, padding: 0 }}>
          {codes.map((code) => {
            const name = optionByCode(options, code)?.name ?? code;
            return (
              <li key={code} className="picker-chip">
                {name}{' '}
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(codes.filter((c) => c !== code))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <PlacePicker
        label="Add a country"
        options={options.filter((o) => !codes.includes(o.code))}
        value=""
        clearOnChoose
        onChange={(code) => code && onChange([...codes, code])}
        placeholder="Type a country"
      />
    </fieldset>
  );
}
