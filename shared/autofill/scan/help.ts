import { isDateFormat } from '../date-format.ts';
import { TIME_SPANS } from '../units.ts';
import { clean, textOf } from './dom.ts';

/**
 * The help a form prints right after a control (Drupal's `.description`, Bootstrap's `.form-text`,
 * a `<small>` hint) when nothing points to it with aria-describedby: what the site tells people about
 * that one box ("Format: DD/MM/YYYY", "Leave this field empty").
 */
const HELP_CLASS = /(^|[\s_-])(description|help|hint|helper|form-text|instructions?)([\s_-]|$)/i;

export function helpAfter(el: Element): string {
  const next = el.nextElementSibling;
  if (!next || !(next.tagName === 'SMALL' || HELP_CLASS.test(next.getAttribute('class') ?? ''))) return '';
  return clean(textOf(next, 300));
}

/** A `title` that is only a date's format ("MM/DD/YYYY", iCIMS's date boxes): the box's hint, as a placeholder is. */
export function formatTitle(el: Element): string {
  const title = clean(el.getAttribute('title'));
  return isDateFormat(title) ? title : '';
}

/** A unit printed after a box ("万円", "USD", "per hour", "%"). */
const UNIT = new RegExp(
  `^(万円|円|元|万元|원|만원|[$€£%]|usd|eur|gbp|cad|aud|k|${TIME_SPANS}|(per|an?|\\/) ?(hour|hr|year|yr|month|week|day))$`,
  'i',
);

/**
 * A caption printed under its box as a sub-label (`<div><input name="field_6"><small>City / Town</small></div>`,
 * form builders' address blocks): the box's name when nothing else names it. Only a short caption, not a
 * sentence or a date's format, in a wrapper holding this one box first and nothing before it.
 */
export function subLabelAfter(el: Element): string {
  const next = el.nextElementSibling;
  const parent = el.parentElement;
  if (!next || !parent || !['SMALL', 'SPAN'].includes(next.tagName)) return '';
  // a number's unit ("万円", "years") is not its name
  if ((el.getAttribute('type') ?? '').toLowerCase() === 'number') return '';
  if (parent.firstElementChild !== el || clean(parent.firstChild?.nodeValue ?? '')) return '';
  if (parent.querySelectorAll('input:not([type=hidden]), select, textarea').length !== 1) return '';
  const text = clean(textOf(next, 80));
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (!words || words > 6 || (words > 1 && /[.!?]$/.test(text)) || isDateFormat(text) || UNIT.test(text))
    return '';
  return text;
}
