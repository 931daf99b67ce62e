import {
  areaNames,
  caProvince,
  cityPlace,
  clean,
  countryByName,
  type Place,
  usState,
} from './place-tables.ts';
import { DENIED, sentencesOf } from './sentences.ts';

/**
 * The states or provinces a remote location is limited to: "Remote - California", "Remote - AZ, NV,
 * NM, TX". One city is where the office is ("Phoenix, AZ (Remote)"); several cities are a territory
 * worked from home near any of them ("Remote - Denver, CO / Boise, ID"): their states.
 */
const stateNames = [...usState].filter(([name]) => name.length > 2);

/** A part of a location as the place tables key it: a code only in capitals ("CO", not "co"), or a name. */
function placeKey(part: string): string {
  const key = clean(part);
  return /^[A-Z]{2}$/.test(part.trim()) || key.length > 2 ? key : '';
}

/** The US states a sentence names in full ("Arizona, Colorado or Ohio"). */
const statesNamedIn = (sentence: string) => {
  const words = ` ${clean(sentence)} `;
  return stateNames.filter(([name]) => words.includes(` ${name} `)).map(([, code]) => code);
};

export function remoteRegionsOf(locationText: string): Place[] {
  const parts = locationText.split(/[,()|·•/]| - | – | or | and /).map((p) => p.trim());
  const out: Place[] = [];
  const cities: Place[] = [];
  for (const part of parts) {
    const key = clean(part);
    if (!key || /^(?:remote|hybrid|us|usa|united states)$/.test(key)) continue;
    const city = cityPlace.get(key);
    const code = placeKey(part);
    const state = usState.get(code);
    const province = caProvince.get(code);
    if (city) cities.push(city);
    else if (state) out.push({ country: 'US', region: state });
    else if (province) out.push({ country: 'CA', region: province });
    else if (!countryByName.has(key)) return [];
  }
  if (!cities.length) return out;
  if (cities.length < 2 || cities.some((c) => !c.region)) return [];
  // A city's state written beside it ("Atlanta, GA") is named once.
  const regions = [...out, ...cities.map((c) => ({ country: c.country, region: c.region }))];
  return [...new Map(regions.map((r) => [`${r.country} ${r.region}`, r])).values()];
}

/**
 * A remote role whose body limits where its people may live ("we can only employ people who live in
 * Arizona, Colorado or Ohio", "you must reside in one of these states: ..."), or where the company can
 * employ them ("we can currently employ people only in the following states: ..."), as payroll and
 * licences do: the states that sentence names in full. A sentence that turns states down is not a list
 * of them.
 */
const LIVES_ONLY =
  /\b(?:only|must|need to|required to)\b[^.;\n]{0,60}\b(?:live|living|reside|residents?|based)\b|\b(?:only|can|able to)\b[^.;\n]{0,40}\b(?:employ|hire)\b[^.;\n]{0,30}\bin\b/i;
export function remoteRegionsOfProse(text: string): Place[] {
  const out = new Map<string, Place>();
  for (const sentence of sentencesOf(text)) {
    if (!LIVES_ONLY.test(sentence) || DENIED.test(sentence)) continue;
    for (const code of statesNamedIn(sentence)) out.set(code, { country: 'US', region: code });
  }
  return [...out.values()];
}

/**
 * The states a remote role may not be worked from. In its location after a word that leaves them out
 * ("Remote - United States (excluding CO)", "Remote, US except CA and NY"); in its body, a sentence that
 * turns down hiring people who live in them ("we are unable to hire in Colorado or Hawaii", "not open to
 * residents of New York"), or that hires everywhere but them ("we hire in every state except Alaska").
 * A sentence that turns down everywhere but them ("we cannot hire outside Ohio") limits the role to
 * them instead, and is left to the readers above.
 */
const LEAVES_OUT = /\b(?:excluding|excl\.|except(?:\s+for)?|not(?:\s+(?:available|open))?\s+in)\s+/i;
const BUT_FOR = /\b(?:except|excluding|other than|outside|besides|exception of)\b/i;
const HIRES_FROM =
  /\b(?:hire|hiring|employ|live|living|lives|reside|residing|residents?|based|located|work(?:ing)? from|candidates? (?:in|from))\b/i;
const DENIALS = new RegExp(DENIED.source, 'gi');
export function remoteExclusionsOf(locationText: string, text: string): Place[] {
  const out = new Map<string, Place>();
  const add = (state: string | undefined) => state && out.set(state, { country: 'US', region: state });
  const label = LEAVES_OUT.exec(locationText);
  if (label)
    for (const part of locationText.slice(label.index + label[0].length).split(/[,()|/&]| and | or /))
      add(usState.get(placeKey(part)));
  for (const sentence of sentencesOf(text)) {
    const hires = HIRES_FROM.exec(sentence);
    if (!hires) continue;
    const denials = sentence.match(DENIALS)?.length ?? 0;
    const butFor = BUT_FOR.exec(sentence);
    // One "no" or one "except" leaves the states out; both ("cannot hire except in") keep only them.
    if (denials > 1 || (denials === 1) === !!butFor) continue;
    // The states named after where people live, or after "except" ("all states except Alaska").
    for (const code of statesNamedIn(sentence.slice(Math.max(hires.index, butFor?.index ?? 0)))) add(code);
  }
  return [...out.values()];
}

/**
 * A remote scope wider than a country: an area ("Remote (EU)", "Remote - APAC"), the world, or a
 * time-zone band ("Remote (UTC-1 to UTC+6)"). Beside one, an office city in the same location
 * ("Hamburg, Germany / Remote (EU)") is where the company sits, not where the work must be done.
 */
export function namesWideRemoteScope(locationText: string): boolean {
  const lower = ` ${locationText.toLowerCase().replace(/[^a-z\s]+/g, ' ')} `;
  if (areaNames.some((area) => lower.includes(` ${area} `))) return true;
  return /\b(?:worldwide|global(?:ly)?|anywhere)\b|\b(?:utc|gmt)\s*[+-−]\s*\d/i.test(locationText);
}
