/**
 * Option lists that say what a choice is for: a list of countries asks for a country, a list of US
 * states for a state (unless the question asks for some other country or state: citizenship, birth,
 * licence, preference).
 */
import type { ClassificationEvidence, FieldDescriptor, FieldType } from '../types.ts';
import { countryCode, isUsState, listShare } from './geo.ts';
import { RULES } from './rules.ts';
import { pattern } from './text.ts';

export interface Scored {
  type: FieldType;
  score: number;
  reason: string;
  evidence?: ClassificationEvidence;
}

/** A question about where the person is ("Select your location", "Where do you live?"). */
const WHERE =
  /\b(location|where|live|based|reside|residence|country|land|leben|wohnen|wohnsitz|pais|paese|pays|vivez|vive|vivi)\b/;

/** Choices beside the places in a place list ("Other", "None of the above", "Prefer not to say"). */
const NO_PLACE = /^(other|none|n\/a|elsewhere|prefer not|rest of( the)? world)/i;

/** The label rules the type out ("Country of citizenship", "State of licensure"), whatever its weight. */
function labelNegates(type: FieldType, label: string): boolean {
  const rule = RULES.find((r) => r.type === type);
  return !!label && !!rule?.negative?.some((n) => n.on.includes('label') && pattern(n.re).test(label));
}

/** Option lists that are country or US-state lists say what the select is for, unless the
 * question asks for some other country or state (citizenship, birth, licence, preference). */
export function listScore(field: FieldDescriptor, label: string): Scored | null {
  const texts = field.options.map((o) => o.text);
  // A radio group of countries asks for a country as a dropdown does, with fewer choices.
  if (field.kind === 'radio-group') {
    const named = texts.filter((t) => !NO_PLACE.test(t.trim()));
    const share = (test: (t: string) => unknown) =>
      named.length >= 3 ? named.filter(test).length / named.length : 0;
    if (share(countryCode) >= 0.75 && !labelNegates('country', label))
      return {
        type: 'country',
        score: 0.8,
        reason: 'options are countries',
        evidence: { signal: 'options', text: 'countries' },
      };
    if (share(isUsState) >= 0.75 && !labelNegates('state', label))
      return {
        type: 'state',
        score: 0.8,
        reason: 'options are US states',
        evidence: { signal: 'options', text: 'US states' },
      };
    return null;
  }
  if (field.kind !== 'select' && field.kind !== 'combobox') return null;
  // A short list of countries under a question about where ("Select your location": UK, Ireland, US).
  const named = texts.filter(
    (t) => t.trim() && !NO_PLACE.test(t.trim()) && !/^(select|choose|--)/i.test(t.trim()),
  );
  if (
    named.length >= 2 &&
    named.length < 10 &&
    named.filter(countryCode).length / named.length >= 0.75 &&
    WHERE.test(label) &&
    !labelNegates('country', label)
  )
    return {
      type: 'country',
      score: 0.75,
      reason: 'a question about where, answered by countries',
      evidence: { signal: 'options', text: 'countries' },
    };
  if (listShare(texts, 'country') >= 0.6)
    return labelNegates('country', label)
      ? null
      : {
          type: 'country',
          score: 0.8,
          reason: 'options are countries',
          evidence: { signal: 'options', text: 'countries' },
        };
  if (listShare(texts, 'state') >= 0.6)
    return labelNegates('state', label)
      ? null
      : {
          type: 'state',
          score: 0.8,
          reason: 'options are US states',
          evidence: { signal: 'options', text: 'US states' },
        };
  return null;
}
