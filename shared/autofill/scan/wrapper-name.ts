import { clean, idRefText } from './dom.ts';

/** The controls a person fills; buttons ("Remove", "Replace") and hidden inputs only serve one. */
const FILLABLE =
  'input:not([type="hidden"]):not([type="button"]):not([type="submit"]):not([type="reset"]), select, textarea, [role="combobox"], [role="textbox"]';
const MAX_LEVELS = 3;

/**
 * The name a wrapper gives the one control inside it: a file chip or a styled box whose container carries
 * `aria-labelledby` (Jobvite's "Resume" over a parsed file's Replace / Remove) names that control, as a label
 * would. A wrapper holding several controls names a group, which is not read here; nor is a fieldset or
 * role=group, whose name is the group's.
 */
export function wrapperName(el: Element): string {
  let p = el.parentElement;
  for (let level = 0; p && level < MAX_LEVELS; level++, p = p.parentElement) {
    const role = p.getAttribute('role');
    if (['FORM', 'FIELDSET', 'BODY'].includes(p.tagName) || role === 'group' || role === 'radiogroup')
      return '';
    const name = idRefText(p, 'aria-labelledby') || clean(p.getAttribute('aria-label'));
    if (!name) continue;
    return p.querySelectorAll(FILLABLE).length === 1 ? name : '';
  }
  return '';
}
