import { parsePlace } from '../match/geo.ts';
import { runsOn } from './line-wrap.ts';

export interface ContactDraft {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  links: { linkedin?: string; github?: string; portfolio?: string; website?: string };
  location: { city?: string; region?: string; country?: string };
  /** Header sentences that read like a summary (some resumes have no "Summary" heading). */
  summary: string[];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,5}[\s.-]?\d{3,6}(?:[\s.-]?\d{3,4})?\b/;
const URL = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s|·•,]*)?/gi;
const CREDENTIALS =
  /(?:\s+(?:RN|BSN|MSN|LPN|NP|DNP|MD|DO|PhD|Ph\.D\.?|MBA|CPA|ACA|ACCA|CIMA|CFA|PMP|PE|P\.E\.|Esq\.?|CCRN|FCA|MSc|BSc|CSCP|SHRM-CP))+$/i;
// Header fields are split by bars, dots, wide gaps, or any lone symbol set off by spaces
// ("Austin, TX  *  (512) …", "Leeds ▪ 07700 …", "Chicago, IL - (312) …"); a hyphen inside a word
// or a comma stays, as places use them ("Stratford-upon-Avon", "Austin, TX").
const SEPARATORS = /\s*[|·•]\s*|\s{3,}|\s+[^\p{L}\p{N}\s,.()'+]\s+/u;

/** A document's title over the name ("CURRICULUM VITAE", "Résumé"): no name, no summary. */
const DOCUMENT_TITLE = /^(?:curriculum vitae|cv|r[eé]sum[eé]|resume)$/i;
/**
 * A European CV's labelled fields ("Name: Orla Keating", "Address: 22 Seafield Road, Clontarf, Dublin 3,
 * D03 K2X8, Ireland"): the value after the label is the name, or a full postal address whose town and
 * country are read whole (a street and postcode are more words than a header's "City, Country").
 */
const NAME_LABEL = /^(?:full )?name\s*:\s*/i;
const ADDRESS_LABEL = /^(?:(?:home |postal )?address|location|residence|place of residence)\s*:\s*(.+)$/i;

const titleCase = (s: string) =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase()) : s;

function withScheme(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

/** Name, e-mail, phone, links and city from the lines above the first section heading. */
export function parseContact(lines: string[]): ContactDraft {
  const draft: ContactDraft = { links: {}, location: {}, summary: [] };
  // "Kiri Hemara, CA" / "Dana Ruiz, PE": on the name line, a "place" whose city is the name is a name with
  // a post-nominal (CA = Chartered Accountant, not California), so a place on a later header line wins.
  let fromNameLine = false;
  for (const [i, labelled] of lines.entries()) {
    if (DOCUMENT_TITLE.test(labelled.trim())) continue;
    const line = labelled.replace(NAME_LABEL, '');
    const address = ADDRESS_LABEL.exec(line)?.[1];
    const addressPlace = address && !draft.location.country ? parsePlace(address) : undefined;
    if (addressPlace?.country) {
      draft.location = {
        city: addressPlace.city?.replace(/\b\w/g, (c) => c.toUpperCase()),
        region: addressPlace.region,
        country: addressPlace.country,
      };
      continue;
    }
    const email = EMAIL.exec(line)?.[0];
    if (email && !draft.email) draft.email = email;
    const withoutEmail = line.replace(EMAIL, ' ');
    for (const url of withoutEmail.match(URL) ?? []) {
      const u = url.toLowerCase();
      if (/linkedin\.com/.test(u)) draft.links.linkedin ??= withScheme(url);
      else if (/github\.com/.test(u)) draft.links.github ??= withScheme(url);
      else if (/\.(com|io|dev|me|ca|co|net|org|site|page|uk|de|app)\b/.test(u) && !/^\d/.test(u))
        draft.links.portfolio ??= withScheme(url);
    }
    const phone = PHONE.exec(withoutEmail.replace(URL, ' '))?.[0];
    if (phone && !draft.phone && phone.replace(/\D/g, '').length >= 9) draft.phone = phone.trim();
    let placeHere = false;
    for (const part of draft.location.country && !fromNameLine ? [] : line.split(SEPARATORS)) {
      const p = part.trim();
      if (
        !p ||
        EMAIL.test(p) ||
        /\d{3}.*\d{3}/.test(p.replace(/\b\d{5}\b/, '')) ||
        /\.(com|io|dev|ca|co|uk)\b|\//.test(p)
      )
        continue;
      const place = parsePlace(p);
      // A country alone between separators ("Singapore | name@mail.com") is where the person lives too;
      // not on the first line, which is the person's name ("Jordan …").
      const countryAlone = i > 0 && !place.city && !place.region;
      if (
        place.country &&
        (place.region || place.city || /,/.test(p) || countryAlone) &&
        p.split(/\s+/).length <= 5
      ) {
        draft.location = {
          city: place.city?.replace(/\b\w/g, (c) => c.toUpperCase()),
          region: place.region,
          country: place.country,
        };
        fromNameLine = i === 0 && p.split(',')[0].trim() === line.split(/[,|·•]/)[0].trim();
        placeHere = true;
        break;
      }
    }
    const isContact = email || phone || /linkedin|github|https?:|www\./i.test(line) || placeHere;
    const first = lines.findIndex((l) => !DOCUMENT_TITLE.test(l.trim()));
    if (i === first || (!draft.firstName && !isContact)) {
      const name = line.split(/[,|·•]/)[0].trim();
      const words = name.split(/\s+/);
      if (!draft.firstName && words.length >= 2 && words.length <= 4 && /^[\p{L}'. -]+$/u.test(name)) {
        // "Amelia Clarke ACA", "SOFIA MARTINEZ RN": trailing credentials are not part of the name.
        const nice = titleCase(name.replace(CREDENTIALS, '')).split(/\s+/);
        draft.firstName = nice[0];
        draft.lastName = nice.slice(1).join(' ');
        continue;
      }
    }
    // A short line the page broke off a summary sentence ("… not looking for SDR, sales" / "management or
    // channel roles.") is the rest of that sentence.
    const goesOn = i > 0 && draft.summary.at(-1) === lines[i - 1] && runsOn(lines[i - 1], line);
    if (!isContact && (line.split(/\s+/).length >= 8 || goesOn)) draft.summary.push(line);
  }
  return draft;
}
