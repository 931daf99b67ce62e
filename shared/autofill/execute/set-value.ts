import { blur, fire, focus, press, setNativeProperty } from './events.ts';

/** Formats an ISO date for the control: date inputs take ISO, text inputs follow their placeholder. */
export function dateFor(el: Element, iso: string): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'date') return iso;
  if (type === 'month') return `${y}-${mo}`;
  const hint = ['placeholder', 'aria-label', 'title']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ')
    .toUpperCase();
  if (/MM\/DD\/YYYY/.test(hint)) return `${mo}/${d}/${y}`;
  if (/DD\/MM\/YYYY/.test(hint)) return `${d}/${mo}/${y}`;
  if (/DD\.MM\.YYYY|TT\.MM\.JJJJ/.test(hint)) return `${d}.${mo}.${y}`;
  if (/MM\/YYYY/.test(hint)) return `${mo}/${y}`;
  return iso;
}

/** Rich-text boxes take text through the editing pipeline, which editors listen to. */
function setRichText(el: Element, text: string): boolean {
  focus(el);
  const doc = el.ownerDocument as Document & { execCommand?: (c: string, u: boolean, v: string) => boolean };
  let inserted = false;
  try {
    doc.getSelection?.()?.selectAllChildren(el);
    inserted = doc.execCommand?.('insertText', false, text) ?? false;
  } catch {
    inserted = false;
  }
  if (!inserted) {
    el.textContent = text;
    fire(el, 'input', 'InputEvent', { inputType: 'insertText', data: text });
  }
  blur(el);
  return (el.textContent ?? '').trim() === text.trim();
}

/** focus → prototype setter → bubbling input + change → blur; true when the value stuck. */
export function setText(el: Element, value: string): boolean {
  if (el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA') return setRichText(el, value);
  const input = el as HTMLInputElement;
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateFor(el, value) : value;
  focus(el);
  setNativeProperty(el, 'value', text);
  fire(el, 'input', 'InputEvent', { inputType: 'insertText', data: text });
  fire(el, 'change');
  blur(el);
  return input.value === text;
}

export function selectedIndex(select: Element): number {
  return Array.from(select.querySelectorAll('option')).findIndex((o) => (o as HTMLOptionElement).selected);
}

/** Selects an <option> by index through the select's value setter. */
export function selectIndex(select: Element, index: number): boolean {
  const option = select.querySelectorAll('option')[index] as HTMLOptionElement | undefined;
  if (!option) return false;
  const value = option.getAttribute('value') ?? option.textContent ?? '';
  focus(select);
  setNativeProperty(select, 'value', value);
  if ((select as HTMLSelectElement).value !== value) option.selected = true;
  fire(select, 'input');
  fire(select, 'change');
  blur(select);
  return selectedIndex(select) === index;
}

/** `checked`, falling back to the attribute where a DOM shim does not reflect it. */
export function isChecked(input: Element): boolean {
  if (input.tagName !== 'INPUT') return input.getAttribute('aria-checked') === 'true';
  const checked = (input as HTMLInputElement).checked;
  return typeof checked === 'boolean' ? checked : input.hasAttribute('checked');
}

/** Ticks a radio or checkbox the way a click would, so frameworks see a click. */
export function checkInput(input: Element, checked = true): boolean {
  if (isChecked(input) === checked) return true;
  if (input.tagName !== 'INPUT') {
    // an ARIA choice changes only through its own click handler
    press(input);
    return isChecked(input) === checked;
  }
  (input as HTMLInputElement).click?.();
  if (isChecked(input) !== checked) {
    setNativeProperty(input, 'checked', checked);
    fire(input, 'click', 'MouseEvent');
    fire(input, 'input');
    fire(input, 'change');
  }
  return isChecked(input) === checked;
}
