/** Custom widgets drawn over a native control that keeps their value: one question, two elements. */

/** The custom combobox a select2-style widget draws right after the native <select> it mirrors. */
export function mirrorsSelect(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 4; depth++, e = e.parentElement)
    if (e.previousElementSibling?.tagName === 'SELECT') return true;
  return false;
}

/** A native <select> hidden behind a custom combobox sibling (select2 and the like). */
export function mirroredSelect(el: Element): boolean {
  if (el.tagName !== 'SELECT') return false;
  const next = el.nextElementSibling;
  return !!next && (next.getAttribute('role') === 'combobox' || !!next.querySelector('[role="combobox"]'));
}

/**
 * The nameless aria-hidden input a custom select keeps its chosen value in (MUI's beside its combobox,
 * Workday's beside its listbox button), next to the control people click: part of the same question, never a question of its own.
 */
export function valueMirror(el: Element): Element | null {
  const dropdown =
    el.getAttribute('role') === 'combobox' ||
    (el.tagName === 'BUTTON' && el.getAttribute('aria-haspopup') === 'listbox');
  if (el.tagName === 'INPUT' || !dropdown) return null;
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling)
    if (
      s.tagName === 'INPUT' &&
      s.getAttribute('aria-hidden') === 'true' &&
      !s.getAttribute('name') &&
      !s.getAttribute('id')
    )
      return s;
  return null;
}
