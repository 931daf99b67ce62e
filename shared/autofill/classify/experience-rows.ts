import type { ClassifiedField } from '../types.ts';
import { PAST_EMPLOYER } from './rules/shared.ts';
import { normalize, pattern } from './text.ts';

/** The rows of an experience list read together: which job box is the current job's, which an earlier one's. */

/** A bare job word ("Position", "Puesto", "Poste"): which job it means depends on the box before it. */
const BARE_TITLE =
  /^(title|job title|position|role|(job )?function|puesto|cargo|poste|fonction|ruolo|posizione|mansione|funktion|functie|stanowisko)$/;

const CURRENT_JOB = new Set(['current_company', 'current_title']);
/** The caption a row's boxes sit under: the heading above them and their group's name. */
const caption = (f: ClassifiedField) => `${f.field.signals.heading} | ${f.field.signals.group}`;

/**
 * "Position 1: Title, Company … Position 2: Title, Company": an experience list repeats the same boxes per job,
 * latest job first (SmartRecruiters, LinkedIn-style rows). The first row's employer and title are the current
 * ones; a later row asking the same, under another caption or as the next row of the same list (each row's
 * "I currently work here" box between them), is an earlier job, whatever its box is called. A box the person
 * cannot see (a row template) is no row.
 */
export function laterJobRows(
  fields: ClassifiedField[],
  elsewhere: ReadonlySet<ClassifiedField> = new Set(),
): Set<ClassifiedField> {
  const first = new Set<string>();
  const asked = new Set<string>();
  const later = new Set<ClassifiedField>();
  for (const f of fields) {
    if (!CURRENT_JOB.has(f.classification.type) || f.classification.source !== 'rules') continue;
    // (a box of a block about someone or something else, the job applied for's "Company", is no row of the history)
    if (f.field.hidden || f.field.honeypot || elsewhere.has(f)) continue;
    const key = `${f.classification.type} ${normalize(f.field.signals.label)}`;
    // (a "Previous employment" list after the present job's own block, whatever its boxes are called, forms-dev96)
    const past =
      asked.has(f.classification.type) && pattern(PAST_EMPLOYER).test(normalize(f.field.signals.heading));
    if (first.has(key) || past) later.add(f);
    else first.add(key);
    asked.add(f.classification.type);
  }
  return later;
}

/**
 * "Company" then "Position", or "Title" then "Company" (the order of a LinkedIn-style experience row):
 * the bare job box right beside the current employer is the title held there (not beside an earlier row's).
 */
export function titlesBesideEmployer(
  fields: ClassifiedField[],
  laterRows: Set<ClassifiedField>,
): ClassifiedField[] {
  // (the employer of the same row: one under the caption of the row before is not beside it)
  const employer = (f: ClassifiedField | undefined, title: ClassifiedField) =>
    !!f && f.classification.type === 'current_company' && !laterRows.has(f) && caption(f) === caption(title);
  return fields.filter(
    (f, i) =>
      f.classification.type === 'other' &&
      f.field.kind === 'text' &&
      (employer(fields[i - 1], f) || employer(fields[i + 1], f)) &&
      BARE_TITLE.test(normalize(f.field.signals.label)),
  );
}
