import { isDateFormat } from '../date-format.ts';
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
