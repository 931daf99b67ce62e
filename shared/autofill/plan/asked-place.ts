import { EEA_MEMBERS, EU_MEMBERS, EUROPE_WORK_AREA, SCHENGEN_MEMBERS } from '../../geo/index.ts';
import { countryCode } from '../classify/geo.ts';

/** Where a work-rights question asks about: the countries, and how the question names them. */
export interface AskedPlace {
  codes: readonly string[];
  name: string;
}

/** A country named in a question ("in the U.S.", "in Canada"), else ''. */
function countryInQuestion(question: string): string {
  if (/\bU\.S\.|\bUSA?\b|united states/i.test(question) && /U\.S|USA?\b|[Uu]nited [Ss]tates/.test(question))
    return 'US';
  if (/\bU\.K\.|\bUK\b|[Uu]nited [Kk]ingdom|[Gg]reat [Bb]ritain/.test(question)) return 'GB';
  const words = question.split(/[^\p{L}]+/u).filter(Boolean);
  for (let n = 3; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const candidate = words.slice(i, i + n).join(' ');
      if (/^[A-Z]/.test(candidate)) {
        const code = countryCode(candidate);
        if (code && candidate.length > 3) return code;
      }
    }
  return '';
}

/**
 * The place a question asks the right to work in: a country it names, else an area whose members share one
 * labour market ("a permit to work in the EU", "in the EEA", "the Schengen area", "in Europe"): the right
 * to work in any member answers it. Null when it names neither. ("EU" only in capitals: Portuguese "eu"
 * is "I".)
 */
export function placeInQuestion(question: string): AskedPlace | null {
  const country = countryInQuestion(question);
  if (country) return { codes: [country], name: country };
  if (/\bEEA\b|European Economic Area/i.test(question)) return { codes: EEA_MEMBERS, name: 'the EEA' };
  if (/\bEU\b|European Union/.test(question)) return { codes: EU_MEMBERS, name: 'the EU' };
  if (/\bSchengen\b/i.test(question)) return { codes: SCHENGEN_MEMBERS, name: 'the Schengen area' };
  // "Europe" alone, not "European" (a European company, a European time zone says nothing of rights).
  if (/\bEurope\b/i.test(question)) return { codes: EUROPE_WORK_AREA, name: 'Europe' };
  return null;
}
