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
 * NM, TX". Only a location that names no city: in "Phoenix, AZ (Remote)" the state is where the
 * office is.
 */
export function remoteRegionsOf(locationText: string): Place[] {
  const parts = locationText.split(/[,()|·•/]| - | – | or | and /).map((p) => p.trim());
  const out: Place[] = [];
  for (const part of parts) {
    const key = clean(part);
    if (!key || /^(?:remote|hybrid|us|usa|united states)$/.test(key)) continue;
    if (cityPlace.has(key)) return [];
    const code = /^[A-Z]{2}$/.test(part) || key.length > 2 ? key : '';
    const state = usState.get(code);
    const province = caProvince.get(code);
    if (state) out.push({ country: 'US', region: state });
    else if (province) out.push({ country: 'CA', region: province });
    else if (!countryByName.has(key)) return [];
  }
  return out;
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
const stateNames = [...usState].filter(([name]) => name.length > 2);
export function remoteRegionsOfProse(text: string): Place[] {
  const out = new Map<string, Place>();
  for (const sentence of sentencesOf(text)) {
    if (!LIVES_ONLY.test(sentence) || DENIED.test(sentence)) continue;
    const words = ` ${clean(sentence)} `;
    for (const [name, code] of stateNames)
      if (words.includes(` ${name} `)) out.set(code, { country: 'US', region: code });
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
