import type { EmploymentType } from '../types.ts';
import { parseEmploymentType } from './employment.ts';

/**
 * The position stating its own hours or contract in a sentence, outside English ("Stillingen er på fuld
 * tid", "Die Stelle ist in Vollzeit zu besetzen", "Le poste est à temps plein", "Contratação CLT, período
 * integral"). The English sentences are read by employment-prose.ts. Narrow like them: the subject is
 * the position itself, so benefit lines about other people's hours never decide it.
 */
const SUBJECT = [
  'stillingen|jobbet|tjänsten|rollen', // da, no, sv
  'die stelle|diese stelle|die position|die tätigkeit|die anstellung', // de
  "le poste|ce poste|l[’']emploi", // fr
  'el puesto|la posición|la vacante|el empleo', // es
  'a vaga|o cargo|a posição', // pt
  'il ruolo|la posizione|il posto', // it
  'de functie|deze functie|de vacature|deze vacature|het betreft', // nl
  'stanowisko|praca', // pl
].join('|');
const VERB = 'er|är|ist|wird|est|es|será|é|è|is|een|jest|:|,';
// Brazil's "Contratação CLT" (hiring under the labour code) needs no verb.
const STATED = new RegExp(
  `(?<![\\p{L}])(?:(?:${SUBJECT})\\s*(?:${VERB})|contrata[çc][ãa]o)(?![\\p{L}])([^.\\n]{0,40})`,
  'iu',
);

/**
 * A freelancer's engagement named as the work itself: France's "Mission freelance de 6 mois", the Netherlands'
 * self-employed "(zzp)" or "zzp-opdracht" (zelfstandige zonder personeel). Not "Vos missions", the duties.
 */
const FREELANCE_ENGAGEMENT = /\bmission (?:en )?freelance\b|\(zzp\)|\bzzp[- ]?(?:opdracht|er)\b/i;

/**
 * The regime the hiring is made under, in Portuguese, Spanish and Italian ("recrutamos … em regime de
 * part-time", "in regime di tempo pieno"): the posting's own hours.
 */
const REGIME =
  /\b(?:em |en |in )?r[ée]gimen? (?:de|di) ((?:part|full)[- ]time|tempo (?:parcial|integral|inteiro|pieno|parziale)|jornada (?:parcial|completa))\b/i;

export function employmentTypeInLocalProse(text: string): EmploymentType | null {
  const t = text.slice(0, 60_000);
  const said = t.match(STATED)?.[1] ?? t.match(REGIME)?.[1];
  if (said) return parseEmploymentType(said);
  return FREELANCE_ENGAGEMENT.test(t) ? 'contract' : null;
}
