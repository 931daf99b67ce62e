import type { Lang } from '../../geo/index.ts';
import type { WorkType } from '../types.ts';
import { EAST_ASIAN_LABEL_RULES } from './arrangement-rules-east-asia.ts';
import { SITE_WORKPLACE } from './arrangement-workplaces.ts';

/**
 * Work-arrangement rules as data, read by capture and match alike. Each rule says which
 * arrangement it finds, in which language, and why, so the reason can travel with the value.
 * Within a list the first rule that matches wins: order is part of the data.
 */
export interface ArrangementRule {
  id: string;
  lang: Lang;
  workType: WorkType;
  re: RegExp;
  reason: string;
}

/** A short label: a location, a header chip, a "Workplace:" value, a title segment. */
export const LABEL_RULES: readonly ArrangementRule[] = [
  {
    id: 'label.hybrid',
    lang: 'en',
    workType: 'hybrid',
    re: /\bhybrid\b/i,
    reason: 'the label says "hybrid"',
  },
  {
    id: 'label.hybride',
    lang: 'fr',
    workType: 'hybrid',
    re: /\bhybride\b/i,
    reason: 'the label says "hybride"',
  },
  {
    id: 'label.flexible-location',
    lang: 'en',
    workType: 'hybrid',
    re: /\bflexible working location\b/i,
    reason: 'the label offers a flexible working location',
  },
  {
    id: 'label.part-remote',
    lang: 'en',
    workType: 'hybrid',
    re: /\b(?:up to )?[1-9]\d?\s?%\s(?:of the time\s)?(?:work(?:ing)? from home|remote(?:ly)?|wfh)\b/i,
    reason: 'part of the week from home ("up to 50% work from home")',
  },
  {
    id: 'label.some-remote',
    lang: 'en',
    workType: 'hybrid',
    // Welcome to the Jungle's English tags ("Occasional remote", "Frequent remote": télétravail
    // occasionnel/fréquent) and StepStone's "Home office possible" / "Partial home office": some days
    // at home, not a remote job ("Fully-remote" is one); in German and Dutch too.
    re: /\b(?:occasional|frequent|partial|partly|some)\s+(?:remote(?:\s+work(?:ing)?)?|home[- ]?office|work(?:ing)? from home|wfh)\b|\bhome[- ]?office (?:possible|optional|available|möglich)|\bthuiswerken mogelijk\b/i,
    reason:
      'the label offers some remote days ("Occasional remote", "Home office possible", "Homeoffice möglich", "thuiswerken mogelijk")',
  },
  {
    id: 'label.teletravail-partiel',
    lang: 'fr',
    workType: 'hybrid',
    re: /\btélétravail (?:fréquent|occasionnel|partiel|possible)|\bteletravail (?:frequent|occasionnel|partiel)/i,
    reason: 'French boards: "télétravail partiel/fréquent" is part of the week at home',
  },
  {
    id: 'label.teilweise-homeoffice',
    lang: 'de',
    workType: 'hybrid',
    re: /\b(?:teilweise|anteilig|tageweise|hybrides?)\s+(?:home[- ]?office|mobiles? arbeiten|remote)\b/i,
    reason: 'German boards: "teilweise Home-Office" is part of the week at home',
  },
  {
    id: 'label.hibrido',
    lang: 'pt',
    workType: 'hybrid',
    re: /\bh[íi]brid[oa]\b|\bibrid[oa]\b|\bhybryd\w*|\bhybridi\w*|\bteletrabajo (?:parcial|mixto)\b|\bhibrit\b/i,
    reason:
      'the label says hybrid in Portuguese, Spanish ("teletrabajo parcial"), Italian, Polish, Finnish or Turkish',
  },
  {
    id: 'label.smart-working',
    lang: 'it',
    workType: 'hybrid',
    re: /\bsmart[- ]?working\b|\blavoro agile\b/i,
    reason: 'Italian boards: "smart working" is part of the week away from the office',
  },
  {
    id: 'label.partly-home',
    lang: 'no',
    workType: 'hybrid',
    re: /\bdelvis (?:hjemmekontor|distans|remote)\b|\bgedeeltelijk thuis\w*\b/i,
    reason: 'part of the week at home ("delvis hjemmekontor")',
  },
  ...EAST_ASIAN_LABEL_RULES,
  {
    id: 'label.not-remote',
    lang: 'en',
    workType: 'onsite',
    // ("There is no option to work remotely", Job Bank's on-site "Work setting")
    re: /\bnot remote\b|\bno remote\b|\bno option (?:to|of) work(?:ing)? remotely\b|\b(?:cannot|can['’]t) (?:be done |work )remotely\b/i,
    reason: 'the label rules remote work out',
  },
  {
    id: 'label.remote',
    lang: 'en',
    workType: 'remote',
    re: /\b(?:remote|remotely|anywhere|work from home|wfh|telecommute|distributed|home[- ]based)\b/i,
    reason: 'the label says remote or work from home',
  },
  {
    id: 'label.homeoffice',
    lang: 'de',
    workType: 'remote',
    re: /\b(?:home[- ]?office|fernarbeit)\b/i,
    reason: 'the label says "Homeoffice"/"Fernarbeit"',
  },
  {
    id: 'label.teletravail',
    lang: 'fr',
    workType: 'remote',
    re: /\btélétravail\b/i,
    reason: 'the label says "télétravail"',
  },
  {
    id: 'label.remoto',
    lang: 'es',
    workType: 'remote',
    re: /\bremoto\b|\bteletrabajo\b/i,
    reason: 'the label says "remoto" or "teletrabajo"',
  },
  {
    id: 'label.remote-words',
    lang: 'pl',
    workType: 'remote',
    re: /\bzdaln\w*|\bdistans(?:arbete)?\b|\betätyö|\bthuiswerk\w*|\bop afstand\b|\bhjemmekontor\b|\bfjernarbeid\b|\bda remoto\b/i,
    reason: 'the label says remote in Polish, Swedish, Finnish, Dutch, Norwegian or Italian',
  },
  {
    id: 'label.onsite',
    lang: 'en',
    workType: 'onsite',
    // A workplace that is not an office, as a "Work setting" value ("In store", "In clinic") or a
    // badge's accessible name ("Store-based role", "Depot-based"): based at a workplace that is not
    // home, as "office-based" is; "home-based" stays remote (above).
    re: new RegExp(
      `\\bon[- ]?site\\b|\\bin[- ]office\\b|\\bin[- ]person\\b|\\b(?:office|site|${SITE_WORKPLACE})[- ]based\\b|\\bwork from (?:the )?office\\b|\\bwfo\\b|^\\s*in[- ]${SITE_WORKPLACE}\\s*$`,
      'i',
    ),
    reason: 'the label says on-site, in-office, based at a workplace, "work from office" or "In store"',
  },
  {
    id: 'label.vor-ort',
    lang: 'de',
    workType: 'onsite',
    re: /\bvor ort\b/i,
    reason: 'the label says "vor Ort"',
  },
  {
    id: 'label.presencial',
    lang: 'es',
    workType: 'onsite',
    re: /\bpresencial\b/i,
    reason: 'the label says "presencial"',
  },
  {
    id: 'label.sur-place',
    lang: 'fr',
    workType: 'onsite',
    // Job Bank's French "Sur place" (its English "On site"), "En présentiel"; alone, not "Parking sur place".
    re: /^\s*(?:sur place|sur site|en présentiel|présentiel)\s*$/i,
    reason: 'the label is "Sur place" or "En présentiel"',
  },
  {
    id: 'label.onsite-words',
    lang: 'pl',
    workType: 'onsite',
    re: /\bstacjonarn\w*|\bna miejscu\b|\bplatsbunden\b|\bpå plats\b|\blähityö|\bop (?:kantoor|locatie)\b|\bin sede\b|\bin presenza\b|\bna empresa\b/i,
    reason: 'the label says on-site in Polish, Swedish, Finnish, Dutch, Italian or Portuguese',
  },
];
