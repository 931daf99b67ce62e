import type { ArrangementRule } from './arrangement-rules.ts';

/**
 * Running text in the other languages European boards use (German, French, Dutch, Swedish,
 * Portuguese, Italian, Spanish, Polish): a hybrid week, a fully remote role, or work tied to the
 * site. Read between the English hybrid and the English remote/on-site rules (arrangement-prose-rules.ts).
 */
export const EUROPEAN_PROSE_RULES: readonly ArrangementRule[] = [
  {
    id: 'prose.homeoffice-days',
    lang: 'de',
    workType: 'hybrid',
    re: /\b(?:\d|ein|einen|zwei|drei|vier)\s+tage?n?\s+(?:pro|die|in der|je)\s+woche\s+(?:im\s+|ins\s+)?(?:home[- ]?office|mobil|remote)|\b(?:home[- ]?office|mobiles arbeiten)\s+(?:ist\s+)?(?:[^.;\n\d]{0,60}?\s)?(?:(?:an|bis zu|für)\s+){0,2}(?:\d|eine[mn]?|zwei|drei|vier)\s+tage?n?\s+(?:pro|die|in der|je)\s+woche|\b(?:\d|ein|einen|zwei|drei|vier)\s+tage?n?\s+(?:im\s+)?(?:home[- ]?office|mobiles arbeiten|remote)\s+(?:pro|die|in der|je)\s+woche|\b(?:teilweise|anteilig|tageweise)\s+(?:im\s+)?(?:home[- ]?office|mobil(?:es arbeiten)?)\b|\bhybrides arbeiten\b|\b(?:mobiles arbeiten|home[- ]?office|remote[- ]?arbeit)\s+(?:ist\s+)?(?:bis zu|zu)\s+[1-9]\d?\s?%\s+(?:der|ihrer|deiner|unserer)\s+(?:wochen)?arbeitszeit\b/i,
    reason:
      'German: some days a week in the Homeoffice ("Homeoffice ist bis zu zwei Tage pro Woche möglich"), or a share of the working time ("Mobiles Arbeiten bis zu 40 % der Arbeitszeit")',
  },
  {
    id: 'prose.teletravail-days',
    lang: 'fr',
    workType: 'hybrid',
    re: /\btélétravail (?:partiel|possible|occasionnel)|\b(?:\d|un|deux|trois) jours? de télétravail\b|\btélétravail\s*:\s*(?:\d|un|deux|trois) jours?\b/i,
    reason: 'French: some days a week of télétravail',
  },
  {
    id: 'prose.office-days-nl-sv-pt-it',
    lang: 'nl',
    workType: 'hybrid',
    re: /\b(?:\d|één|een|twee|drie|vier|en|två|tre|fyra|um|dois|três|tres|quatro|uno|due|tre|quattro)\s+(?:dag(?:en)?|dagar|dias?|giorni)\s+(?:per|i|in|por|a|alla|la)\s+(?:week|veckan|semana|settimana)\b[^.\n]{0,40}?\b(?:kantoor|locatie|thuis|kontoret|hemifrån|distans|escritório|escritorio|presencial|remoto|sede|ufficio|smart working|da remoto)\b/i,
    reason: 'some days a week in the office or at home (Dutch, Swedish, Portuguese, Italian)',
  },
  {
    id: 'prose.hybrid-model-pt-it',
    lang: 'pt',
    workType: 'hybrid',
    re: /\b(?:modelo|regime|formato|esquema|modalità|modalidade|modalidad)\s+(?:de trabalho\s+|di lavoro\s+|de trabajo\s+)?(?:h[íi]brid[oa]|ibrid[oa])\b|\bsmart[- ]?working\b/i,
    reason: 'a hybrid working model ("modelo híbrido", "smart working")',
  },
  {
    id: 'prose.remote-pt-it-pl',
    lang: 'pt',
    workType: 'remote',
    re: /\b(?:100\s?%|totalmente|completamente|trabalho|trabajo)\s+(?:remoto|da remoto|en remoto)\b|\b(?:teletrabalho|teletrabajo|télétravail)\s+(?:a\s+|al\s+|à\s+)?100\s?%|\b100\s?%\s+(?:em\s+|en\s+)?(?:teletrabalho|teletrabajo|télétravail)\b|\bfull[- ]remote\b|\bpraca zdalna\b|(?:\b100\s?%|\bw pełni|\bcałkowicie)\s+zdaln(?:ie|a|ej)\b|\bpracujesz zdalnie\b|\bhelt på distans\b/i,
    reason:
      'fully remote ("100% remoto", "trabalho remoto", "teletrabalho a 100%", "praca zdalna", "w 100% zdalnie")',
  },
  {
    id: 'prose.presentiel-fr',
    lang: 'fr',
    workType: 'onsite',
    // Indeed's French "Lieu du poste : En présentiel" is its English "Work location: In person".
    re: /\b(?:lieu (?:du poste|de travail)|mode de travail|modalité de travail)\s*:\s*(?:en |sur )?(?:présentiel|place|site)\b|\b(?:entièrement|100\s?%|uniquement)\s+en\s+présentiel\b|\b(?:sur site|en présentiel|au bureau)\s+5\s+jours\s+(?:par|sur)\s+(?:semaine|5)\b|\bposte\s+en\s+présentiel\b|\bsans\s+(?:possibilité\s+de\s+)?télétravail\b|\b(?:doit être |être )?effectué en personne\b/i,
    reason: 'French: the work is in person ("Lieu du poste : En présentiel", "poste en présentiel")',
  },
  {
    id: 'prose.presencial-es',
    lang: 'es',
    workType: 'onsite',
    // Indeed's Spanish and Portuguese "Lugar de trabajo: Empleo presencial" / "Local de trabalho: Presencial"
    // are its English "Work location: In person".
    re: /\b(?:lugar de trabajo|modalidad(?: de trabajo)?|local de trabalho|modalidade(?: de trabalho)?)\s*:\s*(?:empleo |trabajo |trabalho )?presencial\b|\b(?:trabajo|empleo|trabalho|puesto|vaga|cargo|posici[óo]n|vacante|função)\s+(?:es\s+|é\s+|será\s+)?(?:100\s?%\s+)?presencial\b/i,
    reason:
      'Spanish or Portuguese: the work is in person ("Lugar de trabajo: Empleo presencial", "O trabalho é presencial")',
  },
  {
    id: 'prose.vor-ort-de',
    lang: 'de',
    workType: 'onsite',
    // Indeed's German "Arbeitsort: Vor Ort" is its English "Work location: In person".
    re: /\b(?:tätigkeit|arbeit|stelle|position)\s+(?:erfolgt|findet|ist)\s+(?:(?:ausschließlich|vollständig|überwiegend)\s+)?vor ort\b|\b(?:100\s?%|ausschließlich|vollständig)\s+vor ort\b|\b(?:arbeitsort|arbeitsmodell)\s*:\s*(?:vor ort|in präsenz)\b/i,
    reason:
      'German: the work is done on site ("Die Tätigkeit erfolgt vor Ort", "ausschließlich vor Ort", "Arbeitsort: Vor Ort")',
  },
  {
    id: 'prose.no-distance-sv',
    lang: 'sv',
    workType: 'onsite',
    re: /\b(?:går|är) inte (?:att )?(?:möjligt att )?arbeta (?:på distans|hemifrån)\b|\bplatsbunden\b|\bpraca stacjonarna\b/i,
    reason: 'the work is on site ("platsbunden", "inte … på distans")',
  },
];
