import type { ReactNode } from 'react';
import { Fold } from './Fold.tsx';

interface Props<T extends { id: string }> {
  title: string;
  items: T[];
  /** Receives an updater, so an undo applies to the list as it is then, not as it was. */
  onChange: (update: (items: T[]) => T[]) => void;
  create: () => T;
  render: (item: T, change: (patch: Partial<T>) => void, index: number) => ReactNode;
  labelOf: (item: T) => string;
  onDeleted: (label: string, undo: () => void) => void;
  addLabel: string;
  empty: string;
}

/** An editable list of records (experience, education, …) with add, reorder and delete-with-undo. */
export function ListEditor<T extends { id: string }>(props: Props<T>) {
  const { title, items, onChange, create, render, labelOf, onDeleted, addLabel, empty } = props;
  const change = (id: string, patch: Partial<T>) =>
    onChange((list) => list.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  const remove = (index: number) => {
    const removed = items[index]!;
    onChange((list) => list.filter((item) => item.id !== removed.id));
    onDeleted(labelOf(removed) || 'entry', () =>
      onChange((list) =>
        list.some((i) => i.id === removed.id)
          ? list
          : [...list.slice(0, index), removed, ...list.slice(index)],
      ),
    );
  };
  const move = (index: number, by: -1 | 1) =>
    onChange((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  return (
    <Fold title={title} count={items.length}>
      {items.length === 0 && <p className="muted small">{empty}</p>}
      {items.map((item, index) => (
        <div
          key={item.id}
          className="stack"
          style={{ borderTop: index ? '1px solid var(--line)' : undefined, paddingTop: index ? 8 : 0 }}
        >
          {render(item, (patch) => change(item.id, patch), index)}
          <div className="row" style={{ justifyContent: 'flex-end' }}>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={`Move ${labelOf(item)} up`}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={index === items.length - 1}
              onClick={() => move(index, 1)}
              aria-label={`Move ${labelOf(item)} down`}
            >
              ↓
            </button>
            <button type="button" onClick={() => remove(index)}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => onChange((list) => [...list, create()])}>
          {addLabel}
        </button>
      </div>
    </Fold>
  );
}
