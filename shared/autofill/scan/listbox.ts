/**
 * The options of a custom dropdown (a `div role=combobox`, an `input role=combobox`, a button opening a
 * listbox): the `role=option` items of the list it controls or owns. Many widgets keep that list hidden
 * elsewhere on the page (a portal at the end of <body>) and link it only by id, so its options say what
 * the question asks (countries, yes/no, ranges) before anyone opens it. Lists rendered only on opening
 * give nothing here; the fill opens them itself.
 */
import type { FieldOption } from '../types.ts';
import { byId, clean, rootOf, textOf } from './dom.ts';

const LINKS = ['aria-controls', 'aria-owns'];
/** Enough for a list of countries; a longer list is a search, not a choice read here. */
const MAX_OPTIONS = 300;

function listboxOf(el: Element): Element | null {
  const scope = rootOf(el);
  for (const attr of LINKS)
    for (const id of clean(el.getAttribute(attr)).split(' ')) {
      const target = byId(scope, id);
      if (!target) continue;
      if (target.getAttribute('role') === 'listbox') return target;
      const inner = target.querySelector('[role="listbox"]');
      if (inner) return inner;
    }
  return el.querySelector('[role="listbox"]');
}

export function listboxOptions(el: Element): FieldOption[] {
  const list = listboxOf(el);
  if (!list) return [];
  return Array.from(list.querySelectorAll('[role="option"]'))
    .slice(0, MAX_OPTIONS)
    .map((o) => {
      const text = textOf(o, 120);
      return { text, value: o.getAttribute('data-value') ?? text, element: o };
    })
    .filter((o) => o.text);
}
