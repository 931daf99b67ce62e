/**
 * Option lists that say what a choice is for: a list of countries asks for a country, a list of
 * states or provinces for a state (unless the question asks for some other country or state: citizenship, birth,
 * licence, preference), spans of years under a question about experience for years of experience.
 */
import { numberBand } from '../number-band.ts';
import { isChoicePrompt } from '../prompt-text.ts';
import type { ClassificationEvidence, FieldDescriptor, FieldType } from '../types.ts';
import { countryCode, isRegion, listShare } from './geo.ts';
import { RULES } from './rules.ts';
import { normalize, pattern } from './text.ts';

export interface Scored {
  type: FieldType;
  score: number;
  reason: string;
  evidence?: ClassificationEvidence;
  /** How many different texts agreed on the type (a rule's matches; lists leave it out). */
  signs?: number;
}

/** A question about where the person is ("Select your location", "Where do you live?"). */
const WHERE =
  /\b(location|where|live|based|reside|residence|country|land|leben|wohnen|wohnsitz|pais|paese|pays|vivez|vive|vivi)\b/;

/**
 * Choices beside the places in a place list ("Other", "None of the above", "Somewhere else", "Another EU/EEA
 * country", "Another province or territory", "Outside Canada"): the catch-alls, not places of their own.
 */
const NO_PLACE =
  /^(other|none|n\/a|elsewhere|somewhere else|anywhere else|another\b.*\b(country|province|state|territory|region)$|outside( of)?\b|prefer not|rest of( the)? world|anderes?|sonstige|autre|otro|outro|altro|overig|inne)\b/i;

/** The label rules the type out ("Country of citizenship", "State of licensure"), whatever its weight. */
function labelNegates(type: FieldType, label: string): boolean {
  const rule = RULES.find((r) => r.type === type);
  return !!label && !!rule?.negative?.some((n) => n.on.includes('label') && pattern(n.re).test(label));
}

const placeChoices = (texts: string[]) =>
  texts.map((t) => t.trim()).filter((t) => t && !NO_PLACE.test(t) && !isChoicePrompt(t));
const shareOf = (items: string[], test: (t: string) => unknown) =>
  items.length ? items.filter(test).length / items.length : 0;
const fromOptions = (type: FieldType, score: number, reason: string, what: string): Scored => ({
  type,
  score,
  reason,
  evidence: { signal: 'options', text: what },
});

/** Option lists that are country or state / province lists say what the select is for, unless the
 * question asks for some other country or state (citizenship, birth, licence, preference). */
export function listScore(field: FieldDescriptor, label: string): Scored | null {
  const texts = field.options.map((o) => o.text);
  const places = placeChoices(texts);
  const country = !labelNegates('country', label);
  const state = !labelNegates('state', label);
  // A radio group of countries asks for a country as a dropdown does, with fewer choices.
  if (field.kind === 'radio-group') {
    if (places.length < 3) return null;
    if (country && shareOf(places, countryCode) >= 0.75)
      return fromOptions('country', 0.8, 'options are countries', 'countries');
    if (state && shareOf(places, isRegion) >= 0.75)
      return fromOptions('state', 0.8, 'options are states or provinces', 'states or provinces');
    return null;
  }
  if (field.kind !== 'select' && field.kind !== 'combobox') return null;
  // A short list of countries under a question about where ("Select your location": UK, Ireland, US).
  if (
    country &&
    places.length >= 2 &&
    places.length < 10 &&
    WHERE.test(label) &&
    shareOf(places, countryCode) >= 0.75
  )
    return fromOptions('country', 0.75, 'a question about where, answered by countries', 'countries');
  if (listShare(texts, 'country') >= 0.6)
    return country ? fromOptions('country', 0.8, 'options are countries', 'countries') : null;
  if (listShare(texts, 'state') >= 0.6)
    return state ? fromOptions('state', 0.8, 'options are states or provinces', 'states or provinces') : null;
  return null;
}

/** A span of years as choices word it ("Less than 1 year", "1–2 years", "3+ years", "5 years or more"). */
const YEAR_UNIT = /\b(years?|yrs?|ans?|anos?|ann[io]|jahre?n?|ar)\b/;
const isYearSpan = (choice: string) => YEAR_UNIT.test(choice) && numberBand(choice) !== null;
/** The choice for none ("Not yet", "I have no experience of this kind"). */
const NO_YEARS = /^(none|never|not yet|no experience|i have no (such |relevant )?experience\b.*|0)$/;
const EXPERIENCE = /\bexperienc|\bexperiencia|\besperienza|\berfahrung|\bervaring|\berfarenhet|\berfaring/;

/**
 * "Do you have any restaurant experience?" answered by "Not yet / Less than 1 year / 3+ years": the
 * choices say the question asks how many years, whatever its wording (a yes/no one included).
 */
export function experienceYearsList(field: FieldDescriptor, label: string): Scored | null {
  if (!['select', 'combobox', 'radio-group'].includes(field.kind)) return null;
  const asksExperience = EXPERIENCE.test(label);
  // A bare skill ("Hands-on LC-MS/MS method development") answered only in bands of years asks the years at
  // it (a guess: rules/employment.ts doubts it); "How long have you lived here?" is no experience.
  if (!asksExperience && labelNegates('years_experience', label)) return null;
  const choices = field.options.map((o) => normalize(o.text).trim()).filter((t) => t && !isChoicePrompt(t));
  // (the unit may stand once, in the question: "Years of … experience" over "Less than 2 / 2 to 4 / 5 to 7")
  const inYears = asksExperience && YEAR_UNIT.test(label);
  const spans = choices.filter((c) => isYearSpan(c) || (inYears && numberBand(c) !== null)).length;
  const none = choices.filter((t) => NO_YEARS.test(t)).length;
  if (choices.length < 3 || spans < (asksExperience ? 2 : 3) || (spans + none) / choices.length < 0.75)
    return null;
  return fromOptions('years_experience', 0.8, 'an experience question answered in years', 'spans of years');
}
