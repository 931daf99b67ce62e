import { isDateFormat } from '../date-format.ts';
import type { ClassifiedField } from '../types.ts';
import { captionOf, datesOfAnEntry, detailsOfAJob, placesOfAnEntry } from './block-structure.ts';
import { blockSubjects, type Subject } from './block-subject.ts';
import { laterPartsOfStartDate } from './date-part.ts';
import { laterJobRows, titlesBesideEmployer } from './experience-rows.ts';
import { signupForm } from './signup-form.ts';
import { detailsAskedAgain, detailsOfSomeoneElse } from './someone-else.ts';
import { normalize } from './text.ts';

/** How a reason names each block subject. */
const ABOUT: Record<Subject, string> = {
  candidate: 'you',
  'another-person': 'someone else',
  'past-address': 'a past address',
  'past-employer': 'a past employer',
  'the-job': 'the job applied for',
};

/** How a reason names each detail of a job entry. */
const JOB_DETAIL_SAID = {
  website: "that employer's website, not yours",
  start: 'when that job began, not when you can start',
  pay: 'the pay in that job, not the pay you ask',
};

/** A bare "Name" / (it, pt) "Nome" label (not "Full name"): its meaning depends on the fields around it. */
const BARE_NAME = /^(your |candidate |applicant )?name$|^nome$/;

/** A field's new type, why, and (when it changes) how sure. */
interface Retype {
  type: ClassifiedField['classification']['type'];
  reason: string;
  confidence?: number;
}

/**
 * Decisions that need the whole form, not one field: a bare "Name" next to a "Surname" /
 * "Last name" field and no first-name field is the given name ("Name" + "Surname" forms),
 * so writing the full name there would repeat the surname. And the "If other, where?" box right
 * after "How did you hear about us?" belongs to that question, as does a conditional date box right after the
 * start question ("If you know the exact date…"), and a bare "Position" right beside the current
 * employer is the title held there, and the boxes right after a guarantor's name are the guarantor's; a footer or tiny form that signs up
 * for news or job alerts is not the application at all.
 */
export function reconcileForm(fields: ClassifiedField[]): ClassifiedField[] {
  // one page can hold several forms (a language switcher rendering each, a footer signup): judge each
  // on its own
  const byForm = new Map<Element | null, ClassifiedField[]>();
  for (const f of fields) {
    const first = f.field.elements[0];
    const form = first?.closest('form') ?? first?.closest('footer') ?? null;
    byForm.set(form, [...(byForm.get(form) ?? []), f]);
  }
  const retyped = new Map<ClassifiedField, Retype>();
  for (const [form, group] of byForm) {
    if (form && signupForm(form, group)) {
      for (const f of group)
        retyped.set(f, {
          type: 'other',
          confidence: 0.8,
          reason: 'a newsletter, job-alert or referral form, not the application',
        });
      continue;
    }
    const bare = givenNameField(group);
    if (bare)
      retyped.set(bare, {
        type: 'first_name',
        reason: `"${bare.field.signals.label}" beside a last-name field is the given name`,
      });
    const blocks = blockSubjects(group);
    const elsewhere = new Set(blocks.keys());
    const laterRows = laterJobRows(group, elsewhere);
    for (const f of laterRows)
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${f.field.signals.label}" repeated under "${f.field.signals.heading}" is an earlier job's`,
      });
    // (an employer in a referee's or a past job's block is not the current one: no bare "Position" beside it is)
    for (const f of titlesBesideEmployer(group, new Set([...laterRows, ...blocks.keys()])))
      retyped.set(f, {
        type: 'current_title',
        confidence: 0.6,
        reason: `"${f.field.signals.label}" beside the current employer is the title held there`,
      });
    for (const f of startDateFollowUps(group))
      retyped.set(f, {
        type: 'start_date',
        confidence: 0.6,
        reason: `"${f.field.signals.label}" right after the start question asks its exact date`,
      });
    for (const f of laterPartsOfStartDate(group))
      retyped.set(f, {
        type: 'start_date',
        confidence: 0.8,
        reason: `"${f.field.signals.label}" beside the start date's first part is a part of it`,
      });
    for (const f of detailsOfSomeoneElse(group))
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${f.field.signals.label}" right after another person's name is that person's`,
      });
    for (const f of detailsAskedAgain(group))
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${f.field.signals.label || f.field.signals.placeholder}" asked again under "${f.field.signals.heading}", which does not name you, is another person's`,
      });
    for (const [f, block] of blocks)
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${f.field.signals.label || f.field.signals.placeholder}" sits in a block about ${ABOUT[block.subject]} ("${block.because}")`,
      });
    for (const [f, entry] of datesOfAnEntry(group))
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${f.field.signals.label}" in one entry of a list ("${entry}") is when that entry began, not when you can start`,
      });
    for (const [f, { entry, detail }] of detailsOfAJob(group, elsewhere))
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${captionOf(f)}" in a job's entry ("${entry}") is ${JOB_DETAIL_SAID[detail]}`,
      });
    for (const [f, { entry, place }] of placesOfAnEntry(group))
      retyped.set(f, {
        type: 'other',
        confidence: 0.6,
        reason: `"${captionOf(f)}" in ${place === 'school' ? "a school's" : "a job's"} entry ("${entry}") is where that ${place} is, not where you live`,
      });
    for (const f of sourceOtherBoxes(group))
      retyped.set(f, {
        type: 'how_did_you_hear',
        confidence: 0.6,
        reason: `"${f.field.signals.placeholder || f.field.signals.label}" right after the "how did you hear" question is its "other" box`,
      });
  }
  if (!retyped.size) return fields;
  return fields.map((f) => {
    const change = retyped.get(f);
    if (!change) return f;
    const { type, reason, confidence = f.classification.confidence } = change;
    return { ...f, classification: { ...f.classification, type, reason, confidence, source: 'rules' } };
  });
}

/** "If other, where?", "Bitte angeben\": the free-text box a choice question opens for "Other". */
const OTHER_SPECIFY =
  /^(if other\b.*|other,? (please )?specify|please specify|(bitte )?angeben|bitte nennen|precisez|especifique|specificare|indien anders.*|se outro.*)$/;

/** Text boxes that only specify the "other" answer of the source question just before them. */
function sourceOtherBoxes(fields: ClassifiedField[]): ClassifiedField[] {
  const out: ClassifiedField[] = [];
  for (let i = 1; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.classification.type !== 'other' || !['text', 'textarea'].includes(f.field.kind)) continue;
    const s = f.field.signals;
    const words = [s.label, s.placeholder, s.nearby.split(' | ')[0] ?? ''].map(normalize).filter(Boolean);
    if (fields[i - 1]?.classification.type === 'how_did_you_hear' && words.some((w) => OTHER_SPECIFY.test(w)))
      out.push(f);
  }
  return out;
}

/** A box that opens on a condition ("If you already know the exact date, give it", "Si ya conoces…", "Falls …"). */
const CONDITIONAL = /^(if|si|wenn|falls|sofern|se|indien|om|hvis)\b/;
/** It asks for a date: its words say so, or its placeholder is a date's format ("DD/MM/AAAA", "TT.MM.JJJJ"). */
const ASKS_DATE = /\b(date|fecha|datum|data|dato)\b/;

/**
 * A conditional date box right after "When could you start?" (asked with relative choices: "At once", "In a
 * month") gives that start's exact date: it has no topic of its own but the question before it.
 */
function startDateFollowUps(fields: ClassifiedField[]): ClassifiedField[] {
  return fields.filter((f, i) => {
    if (f.classification.type !== 'other' || !['text', 'date'].includes(f.field.kind)) return false;
    if (fields[i - 1]?.classification.type !== 'start_date') return false;
    const label = normalize(f.field.signals.label);
    const asksDate =
      f.field.kind === 'date' ||
      ASKS_DATE.test(label) ||
      isDateFormat(normalize(f.field.signals.placeholder));
    return asksDate && CONDITIONAL.test(label);
  });
}

function givenNameField(fields: ClassifiedField[]): ClassifiedField | null {
  const visible = fields.filter((f) => !f.field.hidden && !f.field.honeypot);
  const has = (type: string) => visible.some((f) => f.classification.type === type);
  if (!has('last_name') || has('first_name')) return null;
  const bareNames = visible.filter(
    (f) =>
      f.classification.type === 'full_name' &&
      f.classification.source === 'rules' &&
      BARE_NAME.test(normalize(f.field.signals.label)),
  );
  return bareNames.length === 1 ? (bareNames[0] ?? null) : null;
}
