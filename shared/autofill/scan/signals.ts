/**
 * What a control is called where a person would look: its label (labels.ts), the text before it, the
 * group or list it sits in, its help, and the attributes a form gives it.
 */
import type { FieldSignals } from '../types.ts';
import { standardAutocomplete } from './autocomplete.ts';
import { blocksAround } from './block-text.ts';
import { clean, closestTag, idRefText, textOf } from './dom.ts';
import { formatTitle, helpAfter } from './help.ts';
import { labelText, precedingText } from './labels.ts';
import { withLinkKind } from './link-kind.ts';
import { drawnPlaceholder, dropdownOfValueInput, pickerOfAltInput } from './mirrors.ts';
import { captionedColumns, rowEntryTitle } from './tables.ts';
import { dropZoneOf, uploadPurpose } from './uploads.ts';

/**
 * fieldset legend or the name of an enclosing role=group / radiogroup / listbox (Workday's open prompt is a
 * body-level listbox of radios named by its question, `aria-labelledby` the question's label).
 */
export function groupText(el: Element): string {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (p.tagName === 'FIELDSET') {
      const legend = Array.from(p.children).find((c) => c.tagName === 'LEGEND');
      const t = legend ? textOf(legend, 200) : '';
      if (t) return t;
    }
    const role = p.getAttribute('role');
    if (role === 'group' || role === 'radiogroup' || role === 'listbox') {
      const t = idRefText(p, 'aria-labelledby') || clean(p.getAttribute('aria-label'));
      if (t) return t;
    }
    if (p.tagName === 'FORM') break;
  }
  return listTableName(el);
}

/**
 * The name of the list a control sits in: for a table with a header row, the text right before it ("Referees" above a Name / Phone / Relationship grid). A row of such a list
 * is about whoever the list names, not necessarily the person applying.
 */
function listTableName(el: Element): string {
  const table = closestTag(el, 'TABLE');
  if (!table || !captionedColumns(table)) return '';
  // a row's own title ("Prior address" before its Street / City boxes) names the entry more nearly than the list
  const entry = rowEntryTitle(el);
  if (entry) return entry;
  const before = precedingText(table, 1)[0] ?? '';
  // a sentence of instructions before the table ("Answers are reviewed with your resume.") names no list
  return HELP_SENTENCE.test(before) ? '' : before;
}
/** Several words ending in a full stop: help, not a title. */
const HELP_SENTENCE = /(\S+\s+){3,}\S*[.!]$/;

export function gatherSignals(el: Element, heading: string): FieldSignals {
  // the element whose words are this control's: the widget it is part of, or the box it stands in for
  const asked = dropdownOfValueInput(el) ?? pickerOfAltInput(el) ?? dropZoneOf(el) ?? el;
  const purpose = uploadPurpose(el);
  const block = blocksAround(asked);
  return {
    label: withLinkKind(el, labelText(asked)),
    nearby: precedingText(asked).join(' | '),
    group: groupText(asked),
    heading,
    description: (idRefText(el, 'aria-describedby') || helpAfter(el)).slice(0, 300),
    name: clean(el.getAttribute('name')),
    id: clean(el.getAttribute('id')),
    placeholder: clean(el.getAttribute('placeholder')) || drawnPlaceholder(el) || formatTitle(el),
    autocomplete: standardAutocomplete(el),
    accept: clean(el.getAttribute('accept')),
    ...(purpose ? { purpose } : {}),
    ...(block.length ? { block } : {}),
  };
}
