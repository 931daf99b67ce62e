import { fire, setNativeProperty } from './events.ts';
import { checkInput, isChecked, selectedIndex, selectIndex } from './set-value.ts';

/** What a step changed, so one click can put it back. */
export type UndoRecord =
  | { kind: 'value'; el: Element; previous: string }
  | { kind: 'select'; el: Element; previousIndex: number }
  | { kind: 'checked'; inputs: Element[]; previous: boolean[] }
  | { kind: 'files'; el: Element; previous: FileList | null }
  | { kind: 'combobox'; el: Element };

export function recordValue(el: Element): UndoRecord {
  const rich = el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA';
  return {
    kind: 'value',
    el,
    previous: rich ? (el.textContent ?? '') : ((el as HTMLInputElement).value ?? ''),
  };
}

export function recordSelect(el: Element): UndoRecord {
  return { kind: 'select', el, previousIndex: selectedIndex(el) };
}

export function recordChecked(inputs: Element[]): UndoRecord {
  return { kind: 'checked', inputs, previous: inputs.map(isChecked) };
}

export function recordFiles(el: Element): UndoRecord {
  return { kind: 'files', el, previous: (el as HTMLInputElement).files ?? null };
}

export function recordCombobox(el: Element): UndoRecord {
  return { kind: 'combobox', el };
}

export interface UndoResult {
  restored: number;
  /** Steps that could not be put back exactly (a chosen dropdown option), for the user to check. */
  needsCheck: Element[];
}

/** Restores previous values, last change first, with the same events a person's edit makes. */
export function undoFill(records: readonly UndoRecord[]): UndoResult {
  let restored = 0;
  const needsCheck: Element[] = [];
  for (const r of [...records].reverse()) {
    switch (r.kind) {
      case 'value':
        if (r.el.tagName !== 'INPUT' && r.el.tagName !== 'TEXTAREA') r.el.textContent = r.previous;
        else setNativeProperty(r.el, 'value', r.previous);
        fire(r.el, 'input');
        fire(r.el, 'change');
        restored++;
        break;
      case 'select':
        if (r.previousIndex >= 0) selectIndex(r.el, r.previousIndex);
        else {
          for (const o of Array.from(r.el.querySelectorAll('option')))
            (o as HTMLOptionElement).selected = false;
          fire(r.el, 'change');
        }
        restored++;
        break;
      case 'checked':
        // radios: re-check the one that was checked; checkboxes: each to its old state
        r.inputs.forEach((input, i) => {
          if (!r.previous[i]) checkInput(input, false);
        });
        r.inputs.forEach((input, i) => {
          if (r.previous[i]) checkInput(input, true);
        });
        restored++;
        break;
      case 'files':
        try {
          (r.el as HTMLInputElement).files = r.previous;
        } catch {
          setNativeProperty(r.el, 'value', '');
        }
        if (!r.previous || r.previous.length === 0) setNativeProperty(r.el, 'value', '');
        fire(r.el, 'input');
        fire(r.el, 'change');
        restored++;
        break;
      case 'combobox': {
        // A picked option cannot be un-picked through the DOM alone; clear the typed text and flag it.
        if (r.el.tagName === 'INPUT') {
          setNativeProperty(r.el, 'value', '');
          fire(r.el, 'input');
        }
        needsCheck.push(r.el);
        break;
      }
    }
  }
  return { restored, needsCheck };
}
