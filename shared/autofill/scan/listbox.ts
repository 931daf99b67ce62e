/**
 * The options of a custom dropdown (a `div role=combobox`, an `input role=combobox`, a button opening a
 * listbox): the `role=option` items of the list it controls or owns. Many widgets keep that list hidden
 * elsewhere on the page (a portal at the end of <body>) and link it only by id, so its options say what
 * the question asks (countries, yes/no, ranges) before anyone opens it. Lists rendered only on opening
 * give nothing here; the fill opens them itself.
 */
import type { FieldOption } from '../types.ts';
import { byId, clean, rootOf, textOf } from './dom.ts';

/** Enough for a list of countries; a longer list is a search, not a choice read here. */
const MAX_OPTIONS = 300;

/**
 * The `role=option` items of the first list the control names with aria-controls or aria-owns. The
 * fill reads the same link once it has opened the widget (execute/combobox.ts).
 */
export function linkedOptions(el: Element): Element[] {
  const scope = rootOf(el);
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`;
  for (const id of clean(ids).split(' ').filter(Boolean)) {
    const own = byId(scope, id)?.querySelectorAll('[role="option"]');
    if (own?.length) return Array.from(own);
  }
  return [];
}

export function listboxOptions(el: Element): FieldOption[] {
  const linked = linkedOptions(el);
  const inner = el.querySelector('[role="listbox"]')?.querySelectorAll('[role="option"]');
  return (linked.length ? linked : Array.from(inner ?? []))
    .slice(0, MAX_OPTIONS)
    .map((o) => {
      const text = textOf(o, 120);
      return { text, value: o.getAttribute('data-value') ?? text, element: o };
    })
    .filter((o) => o.text);
}
