import { searchPanels as board } from '../../boards/search-panels.ts';
import { LIMITS, squash, textOf } from '../dom.ts';
import { parseEmploymentType } from '../normalize/employment.ts';
import { htmlToText, plainTextToHtml, sanitizeElement } from '../normalize/html.ts';
import { parseLocations, workTypeFromLabel } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import { fromBoard, registerAdapter } from '../registry.ts';
import type { FieldBag } from '../types.ts';

/**
 * A search engine's jobs panel (its board: shared/boards/search-panels.ts). The opened posting is
 * a pane labelled as the job's details, or labelled with its title (Google's `udm=8` layout). In
 * it, the title is followed by short lines (company, place, "via LinkedIn", chips for pay and
 * hours) and then the apply links and the description.
 */
const PANE = '[role="main"][aria-label], [role="region"][aria-label]';
const DETAILS_LABEL = /\b(?:job\s?details|jobdetails|détails|detalles|dettagli)\b/i;
const HEADING = 'h1, h2, h3, [role="heading"]';
// Section headings inside the pane, never the title; the description follows the last kind.
const SECTION = /^(?:job (?:highlights|details)|qualifications|benefits|responsibilities)$/i;
const DESCRIPTION_HEAD =
  /^(?:job description|stellenbeschreibung|description du poste|descripción(?: del empleo)?|descrizione)$/i;
// "via LinkedIn", "über StepStone", "Job posting from Indeed": the site that carries the posting.
const CARRIER = /^(?:via|über|par|vía|tramite|job posting from)\s/i;
const POSTED = /\bago\b|^(?:posted|veröffentlicht|publié|vor)\b/i;

function paneOf(doc: Document): Element | null {
  for (const el of Array.from(doc.querySelectorAll(PANE)).slice(0, 50)) {
    const label = squash(el.getAttribute('aria-label') ?? '');
    const heading = el.querySelector(HEADING);
    if (!heading) continue;
    if (DETAILS_LABEL.test(label) || squash(heading.textContent ?? '') === label) return el;
  }
  return null;
}

const titleOf = (pane: Element): Element | null =>
  pane.querySelector('.KLsYvd') ??
  Array.from(pane.querySelectorAll(HEADING)).find((h) => !SECTION.test(squash(h.textContent ?? ''))) ??
  null;

/** The pane's short text leaves in order, split at " · " and " • ", up to the first link. */
function linesAround(pane: Element, title: Element): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let seen = false;
  for (const el of Array.from(pane.querySelectorAll('*')).slice(0, 400)) {
    if (el === title || title.contains(el)) {
      seen = true;
      continue;
    }
    if (el.children.length || !el.textContent?.trim()) continue;
    if (el.closest('a')) {
      if (seen) break;
      continue;
    }
    const text = squash(el.textContent);
    if (text.length > 120 || SECTION.test(text) || DESCRIPTION_HEAD.test(text)) {
      if (seen) break;
      continue;
    }
    const parts = text.split(/\s+[·•]\s+/).filter((p) => p && !CARRIER.test(p) && !POSTED.test(p));
    (seen ? after : before).push(...parts);
  }
  return { before: before.slice(-1), after };
}

function descriptionOf(pane: Element): Element {
  // (the heading is a leaf: reading every container's whole text to find it would read the pane many times over)
  const head = Array.from(pane.querySelectorAll('*'))
    .slice(0, 400)
    .find(
      (el) =>
        !el.children.length && el.nextElementSibling && DESCRIPTION_HEAD.test(squash(el.textContent ?? '')),
    );
  return head?.nextElementSibling ?? pane;
}

export default registerAdapter({
  ...fromBoard(board),
  extract: (doc) => readPane(doc),
});

function readPane(doc: Document): { fields: FieldBag; posting: boolean } {
  const f: FieldBag = {};
  const pane = paneOf(doc);
  const title = pane && titleOf(pane);
  if (!pane || !title) return { fields: f, posting: false };
  f.title = textOf(title, 300);
  const { before, after } = linesAround(pane, title);
  const company = before[0] ?? after.shift();
  if (company) f.company = company;
  const place = after.shift();
  if (place) f.locations = parseLocations(place);
  for (const chip of after) {
    const salary = f.salary ? null : parseSalary(chip, { minScore: 1 });
    if (salary) f.salary = salary;
    const type = f.employmentType ? null : parseEmploymentType(chip);
    if (type) f.employmentType = type;
    const work = f.workType ? null : workTypeFromLabel(chip);
    if (work) f.workType = work;
  }
  const desc = descriptionOf(pane);
  // Google prints the description as one span of lines (white-space: pre-line).
  const written = desc.querySelector('p, li, br')
    ? ''
    : (desc.textContent ?? '').slice(0, LIMITS.descriptionHtml);
  f.descriptionHtml = written.includes('\n')
    ? plainTextToHtml(written)
    : sanitizeElement(desc, LIMITS.descriptionHtml);
  f.descriptionText = htmlToText(f.descriptionHtml);
  return { fields: f, posting: true };
}
