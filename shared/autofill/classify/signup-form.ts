import type { ClassifiedField } from '../types.ts';
import { SOMEONE_ELSES } from './rules/shared.ts';
import { normalize, pattern } from './text.ts';

/** Small forms on an application page that are not the application: a signup for news or job alerts, a referral. */

/** A footer or one- or two-box form that signs up for news or job alerts: not the application. */
const SIGNUP =
  /\bnewsletter|\bsubscribe\b|mailing list|job alerts?\b|talent (community|network)|keep me (posted|updated)|sign up for (our )?(updates|news)|\b(create|set up|get) (an? )?(job |e-?mail )?alerts?\b|\b(e-?mail|notify|tell) (me|you)?\s?when\b.{0,30}\b(jobs?|roles?|openings?|positions?|vacanc\w*)\b/i;
/** A small form that refers someone else ("Know a great hygienist? Refer them …"): the referral, not the application. */
const REFERRAL = /\brefer(ral|rals)?\b/i;
/** The most characters of a form's own section read beside it: a card or sidebar, never the page. */
const MAX_SECTION_CHARS = 500;
/**
 * The words a small form is introduced by: the form's own text, and its container's when that is a small
 * card (iCIMS and Teamtailor put "Join our talent community …" in a paragraph above the form).
 */
function formWords(form: Element): string {
  const own = form.textContent ?? '';
  const parent = form.parentElement;
  const controls = (el: Element) => el.querySelectorAll('input, select, textarea, button').length;
  // the card holds this form alone (no other control, not the page's body)
  if (!parent || /^(body|html)$/i.test(parent.tagName) || controls(parent) !== controls(form)) return own;
  const section = parent.textContent ?? '';
  return section.length <= MAX_SECTION_CHARS ? `${own} ${section}` : own;
}
export function signupForm(form: Element, fields: ClassifiedField[]): boolean {
  // A mailing-list embed (Mailchimp's `list-manage.com/subscribe/post`, `mc-embedded-subscribe-form`)
  // may show only "Email" and "Sign up": its endpoint and id still say what it is.
  const markup = ['action', 'id', 'name'].map((a) => form.getAttribute(a) ?? '').join(' ');
  const words = `${formWords(form)} ${markup}`;
  if (fields.length <= 2 && SIGNUP.test(words)) return true;
  // An endpoint that says so (Mailchimp's embed) stays a signup with its opt-in box and hidden bot field beside the
  // e-mail; words alone do not ("Subscribe me to the newsletter" may be a tick box of the application).
  const boxes = fields.filter((f) => !f.field.honeypot && f.field.kind !== 'checkbox');
  if (boxes.length <= 2 && SIGNUP.test(markup)) return true;
  // a referral card: a few boxes, one of them for the other person's contact, in words that refer
  const forSomeoneElse = fields.some((f) => pattern(SOMEONE_ELSES).test(normalize(f.field.signals.label)));
  return fields.length <= 4 && forSomeoneElse && REFERRAL.test(words);
}
