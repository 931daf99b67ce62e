import { mutedAlone, namedAsTrap, tellsToLeaveEmpty } from '../scan/visibility.ts';
import type { Classification, FieldDescriptor, FieldType } from '../types.ts';

/** Checks on the control itself (not its wording) that rule a type out. */

/** Types whose value never fits a box of at most 4 characters (a phone number in an area-code box). */
const LONG_VALUE_TYPES = new Set<FieldType>([
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'address_line1',
  'city',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'website_url',
  'current_company',
  'current_title',
  'start_date',
  'how_did_you_hear',
]);

function shortBox(field: FieldDescriptor): boolean {
  const max = Number(field.elements[0]?.getAttribute('maxlength') ?? '');
  return Number.isInteger(max) && max > 0 && max <= 4;
}

/** Types whose value is words: a box that takes only digits never holds one. */
const WORDY_TYPES = new Set<FieldType>([
  'first_name',
  'last_name',
  'full_name',
  'email',
  'city',
  'state',
  'country',
  'linkedin_url',
  'github_url',
  'portfolio_url',
  'website_url',
  'current_company',
  'current_title',
]);

/** A box that opens a digits keypad (inputmode="numeric"): the "PLZ" box under "PLZ / Wohnort". */
function digitsBox(field: FieldDescriptor): boolean {
  return field.elements[0]?.getAttribute('inputmode')?.toLowerCase() === 'numeric';
}

const NONE: ReadonlySet<FieldType> = new Set();

/** Types whose options are places: a list of sentences names none. */
const PLACE_TYPES = new Set<FieldType>(['city', 'state', 'country']);
const SENTENCE_WORDS = 5;

/**
 * A list whose options are sentences ("I live within commuting distance of Manhattan", "I would relocate to the New
 * York area before starting") under "Where are you located today?": it asks how the person stands to the place, not
 * which place (forms-dev90, Greenhouse).
 */
function sentencePicker(field: FieldDescriptor): boolean {
  const options = field.options.map((o) => o.text.trim()).filter(Boolean);
  const sentences = options.filter((o) => o.split(/\s+/).length >= SENTENCE_WORDS);
  return options.length >= 2 && sentences.length >= (options.length - 1) * 0.6 && sentences.length >= 2;
}
/** The types the control itself rules out, whatever its words say: its length or keypad. */
/** A period a pay is quoted per, as a list's option ("Hour", "per Month", "Annually"). */
const PAY_PERIOD_OPTION =
  /^(per |a |an |\/ ?)?(hour|hourly|hr|day|daily|week|weekly|bi-?weekly|fortnight(ly)?|month|monthly|semi-?monthly|year|yearly|annual(ly)?|annum|anno|jahr|monat|stunde|mois|an|heure|mes|año|hora)$/i;
/** Types a list of pay periods cannot hold: it picks what the amount beside it is per, not the amount. */
const AMOUNT_TYPES = new Set<FieldType>(['salary_expectation', 'years_experience']);

/** A list whose options are pay periods ("per: Hour / Month / Year" beside a salary box, NEOGOV, forms-dev63). */
function periodPicker(field: FieldDescriptor): boolean {
  const options = field.options
    .map((o) => o.text.trim())
    .filter((o) => o && !/^(per|select|choose|--.*|please select.*)$/i.test(o));
  return options.length >= 2 && options.every((o) => PAY_PERIOD_OPTION.test(o));
}

export function typesTheBoxCannotHold(field: FieldDescriptor): ReadonlySet<FieldType> {
  if (shortBox(field)) return LONG_VALUE_TYPES;
  if (periodPicker(field)) return AMOUNT_TYPES;
  if (sentencePicker(field)) return PLACE_TYPES;
  return digitsBox(field) ? WORDY_TYPES : NONE;
}

/** A picker showing or listing dialling codes ("+1", "India (+91)") is the phone's country code. */
const DIAL_CODE = /^\+\s?\d{1,4}$/;
const DIAL_OPTION = /(^|\(|\s)\+\s?\d{1,4}\)?$/;
export function dialCodePicker(field: FieldDescriptor): boolean {
  const el = field.elements[0];
  // a list whose options end in dialling codes ("India (+91)", "+44") picks a calling code
  const options = field.options.map((o) => o.text.trim()).filter(Boolean);
  if (options.length >= 2 && options.filter((o) => DIAL_OPTION.test(o)).length >= options.length * 0.6)
    return true;
  if (field.kind !== 'combobox' || !el) return false;
  const shown = (el.tagName === 'BUTTON' ? el.textContent : field.currentValue) || shownBeside(el);
  // a flag before the code ("🇧🇷 +55") is decoration
  return DIAL_CODE.test(
    shown
      .replace(/^[^\p{L}\p{N}+]+/u, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Levels up from a search input to the control that shows the choice (react-select's value container). */
const SHOWN_VALUE_DEPTH = 3;
const MAX_SHOWN_CHARS = 24;
/**
 * What a typeahead input shows beside itself: react-select and its kin keep the chosen value in a
 * sibling of the (empty) search input, not in its value. A short text in the nearest wrapper that has any.
 */
function shownBeside(el: Element): string {
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < SHOWN_VALUE_DEPTH; i++, node = node.parentElement) {
    const text = (node.textContent ?? '').trim();
    if (text) return text.length <= MAX_SHOWN_CHARS ? text : '';
  }
  return '';
}

/** The site's own search box ("Search the University website", name="q"): not part of the application. */
export function siteSearch(field: FieldDescriptor): boolean {
  // Any box of a search landmark (the header's "job title" and "city, state or zip code" boxes, forms-dev68).
  if (field.elements[0]?.closest('[role="search"]')) return true;
  const s = field.signals;
  const asks = `${s.label} ${s.placeholder}`.trim().toLowerCase();
  // (type="search" alone says little: Ant Design's dropdowns are search inputs.)
  return (
    /^search\b/.test(asks) &&
    (field.inputType === 'search' || /^(q|s|query|search|keywords?|search_?term)$/i.test(s.name))
  );
}

/** A box no person should fill: its label says so, or it is hidden bait. */
export function botTrap(field: FieldDescriptor): Classification | null {
  // A box whose label says to leave it empty is a bot trap, whatever its name or autocomplete says.
  // (Other honeypot signs only stop the fill: a hidden address block may still be the person's.)
  // So is a hidden one named as a trap (`MobilePhone_hp`), or a hidden box taken out of the tab order
  // (`aria-hidden` wrapper, `tabindex="-1"`) that has a label or turns the browser's autofill off: no
  // person can reach it, so what it asks is bait; so is a hidden box alone in a block muted for screen
  // readers (mutedAlone). (A bare hidden input is a custom widget's value.)
  const first = field.elements[0];
  const baitLabel =
    first?.getAttribute('tabindex') === '-1' &&
    (!!field.signals.label || first.getAttribute('autocomplete') === 'off');
  if (
    tellsToLeaveEmpty(field.signals.label) ||
    tellsToLeaveEmpty(field.signals.description) ||
    // an unlabelled hidden box after words telling people to leave it alone ("Should be Empty:")
    (field.honeypot && tellsToLeaveEmpty(field.signals.nearby.split(' | ')[0] ?? '')) ||
    (field.honeypot && first && (namedAsTrap(first) || baitLabel || mutedAlone(first)))
  )
    return { type: 'other', confidence: 0.9, source: 'rules', reason: 'looks like a bot trap: never filled' };
  return null;
}

/** A control on the page that is not part of the application: the site's search or a dialling code. */
const NOT_THE_APPLICATION: ReadonlyArray<{
  test: (field: FieldDescriptor) => boolean;
  found: Classification;
}> = [
  {
    test: siteSearch,
    found: {
      type: 'other',
      confidence: 0.8,
      source: 'rules',
      reason: "the site's search box, not the application",
    },
  },
  {
    test: dialCodePicker,
    found: {
      type: 'other',
      confidence: 0.6,
      source: 'rules',
      reason: 'shows a dialling code',
      // the side panel says so in words ("It shows a dialling code, not a question")
      evidence: { signal: 'dial-code', text: '' },
    },
  },
];
export function notTheApplication(field: FieldDescriptor): Classification | null {
  return NOT_THE_APPLICATION.find(({ test }) => test(field))?.found ?? null;
}
