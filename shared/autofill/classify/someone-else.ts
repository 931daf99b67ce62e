import type { ClassifiedField, FieldType } from '../types.ts';
import { namesTheCandidate } from './block-subject.ts';
import { SOMEONE_ELSES, THIRD_PARTY_BLOCK } from './rules/shared.ts';
import { normalize, pattern } from './text.ts';

/** The candidate's own contact details: a form asks each of them once. */
const CONTACT = new Set<FieldType>(['full_name', 'first_name', 'last_name', 'email', 'phone']);
/** A box captioned as a way to name or reach someone ("Guarantor's full name", "Name", "Phone number"). */
const CONTACT_CAPTION = /\b(name|e-?mail|phone|mobile|telephone|cell)\b/;
const TEXT_KINDS = new Set(['text', 'email', 'tel']);

/** A box read as another person's name, e-mail or phone (a guarantor's, a parent's, a referee's). */
function othersDetail(f: ClassifiedField): boolean {
  if (f.classification.type !== 'other' || !TEXT_KINDS.has(f.field.kind)) return false;
  const label = normalize(f.field.signals.label);
  if (!CONTACT_CAPTION.test(label)) return false;
  const near = `${label} | ${normalize(f.field.signals.nearby)}`;
  return pattern(THIRD_PARTY_BLOCK.re).test(near) || pattern(SOMEONE_ELSES).test(label);
}

/**
 * "Guarantor's full name", then bare "Email" and "Phone number" under the same heading (a parent or guardian's
 * "Name", then "Phone number", "Email address"): the boxes right after another person's name are that person's,
 * once the form has already asked the candidate's own e-mail or phone. Only a detail asked a second time is
 * retyped, so the candidate's one e-mail box is never lost to a block above it.
 */
export function detailsOfSomeoneElse(fields: ClassifiedField[]): ClassifiedField[] {
  const asked = new Set<FieldType>();
  const out: ClassifiedField[] = [];
  let lead: ClassifiedField | null = null;
  for (const f of fields) {
    if (f.field.hidden || f.field.honeypot) continue;
    const type = f.classification.type;
    if (othersDetail(f)) lead = f;
    else if (
      lead &&
      CONTACT.has(type) &&
      asked.has(type) &&
      !namesTheCandidate(f) &&
      f.field.signals.heading === lead.field.signals.heading
    )
      out.push(f);
    else {
      lead = null;
      if (CONTACT.has(type)) asked.add(type);
    }
  }
  return out;
}

/** A caption that is only the detail's name ("Name", "E-mail address", "Phone number"): whose it is, its block says. */
const BARE_DETAIL =
  /^((full )?name|e-?mail( address)?|(tele)?phone( number)?|mobile( number)?|contact number)$/;
/**
 * A heading or block naming the candidate or their own details ("Your details", "Personal information", "Confirm your
 * identity"), or a signature ("Declaration", "Sign below"): a detail asked again there is the candidate's.
 */
const CANDIDATES_BLOCK =
  /\b(you|your|my|applicant|candidate|personal|profile|contact (details|info\w*)|sign\w*|declar\w*|attest\w*|certif\w*|acknowledg\w*|consent\w*)\b/;

/**
 * A detail the form already asked of the candidate, asked again in a box captioned only "Name" / "Email" / "Phone"
 * under another heading that does not name the candidate: another person's (a contact at the last job, a person to
 * call), not a refill. "Confirm your email" and "Re-enter email" are no bare captions: they stay the candidate's.
 */
export function detailsAskedAgain(fields: ClassifiedField[]): ClassifiedField[] {
  const firstHeading = new Map<FieldType, string>();
  const out: ClassifiedField[] = [];
  for (const f of fields) {
    if (f.field.honeypot) continue;
    const type = f.classification.type;
    if (!CONTACT.has(type)) continue;
    const heading = normalize(f.field.signals.heading);
    const first = firstHeading.get(type);
    if (first === undefined) {
      firstHeading.set(type, heading);
      continue;
    }
    const caption = normalize(f.field.signals.label) || normalize(f.field.signals.placeholder);
    if (heading === first || !BARE_DETAIL.test(caption)) continue;
    if (CANDIDATES_BLOCK.test(`${heading} | ${normalize(f.field.signals.nearby)}`)) continue;
    out.push(f);
  }
  return out;
}
