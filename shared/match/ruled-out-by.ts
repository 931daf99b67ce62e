/**
 * A posting held against what the person ruled out (ruled-out.ts): its title naming it, a management
 * role for someone who rules management out, or the posting's text returning to it. The phrase comes
 * back for the explanation.
 */
import { withoutOwnWork } from './own-field-modifier.ts';
import { listsOpenings, ownWorkText, readOwnWork, titleOf } from './posting-own-work.ts';
import type { ListedRole } from './role-list.ts';
import { type RuledOut, wordCount } from './ruled-out.ts';
import { DENIED } from './sentences.ts';
import type { PreparedJob } from './types.ts';

/**
 * The phrase the posting runs into, if any. On a page that lists several roles, `role` is the one
 * most like the person's (role-list.ts): only its title and text are read, not the roles beside it.
 */
export function ruledOutBy(
  ruled: readonly RuledOut[],
  job: PreparedJob,
  role: ListedRole | null = null,
): string | null {
  if (!ruled.length) return null;
  const text = role ? readOwnWork(role.text) : ownWorkText(job);
  const title = role ? role.title : titleOf(job);
  const teams = role ? [] : job.homeTeams;
  const manages = role ? role.isManager : job.isManager || job.leadsPeople;
  for (const r of ruled) {
    if (r.form) continue;
    if (r.arrangement) {
      const wt = job.parsed.workType;
      if (wt && (wt === r.arrangement || (r.arrangement === 'onsite' && wt === 'hybrid'))) return r.text;
      continue;
    }
    if (r.management && manages) return r.text;
    if (!role && r.employer?.test(job.employer)) return r.text;
    if (r.individual) {
      if (role ? !role.isManager : job.isIndividualContributor) return r.text;
      continue;
    }
    const named = (s: string) => r.re.test(withoutOwnWork(s, r.ownWork));
    // A title that lists a page's openings ("X is hiring: A, B, C") is no one job's title.
    const oneJob = !listsOpenings(title);
    if ((oneJob && (named(title) || r.head?.test(title))) || teams.some(named)) return r.text;
    const own = withoutColleagues(withoutOwnWork(text, r.ownWork), r);
    // "Management Accountant" for "month-end accounting": the doer's title, and the kind said twice.
    if (oneJob && r.doer?.title.test(title) && (own.match(r.doer.kind)?.length ?? 0) >= 2) return r.text;
    const mentions = own.match(r.every)?.length ?? 0;
    const returnsTo = mentions >= 2 && mentions / Math.max(1, wordCount(own)) > r.ownRate;
    // A manager's post is read from the posting's role (above); split into its words, "engineering
    // manager" is only engineers beside a product manager, words every team's posting uses.
    if (r.management) {
      if (returnsTo) return r.text;
      continue;
    }
    if (returnsTo || splitUp(mentions ? r.words : r.activities, own.replace(r.every, ' '))) return r.text;
  }
  return askedFor(ruled, job, role);
}

/**
 * People who do the ruled-out work beside the job: "two Android engineers", "a technical session with
 * the Android lead" in an iOS posting, a loan officer's "processor, underwriting and closing teams". Colleagues in the ruled-out field do not make it the job's
 * work; the job's own team ("join our Android team") still counts.
 */
const COLLEAGUES = String.raw`(?=(?:\s*(?:,|and|&)\s*[\w-]+){0,2}[\s-]+(?:engineers|developers|counterparts|colleagues|peers|lead|teams)\b)`;
const withoutColleagues = (text: string, r: RuledOut) =>
  text.replace(new RegExp(`(?:${r.every.source})${COLLEAGUES}`, 'gi'), ' ');

/**
 * A requirement that asks for experience in two or more of the fields the person ruled out ("3+ years
 * in customer success, account management or a client-facing role") is about them, each named once.
 * A field the person's own work returns to does not count: they work beside it.
 */
function askedFor(ruled: readonly RuledOut[], job: PreparedJob, role: ListedRole | null): string | null {
  const fields = ruled.filter((r) => !r.form && !r.management && !r.arrangement && r.ownRate === 0);
  if (fields.length < 2) return null;
  for (const item of job.parsed.items) {
    if (DENIED.test(item.text) || (role && !role.text.includes(item.text))) continue;
    const named = fields.filter((r) => r.re.test(item.text));
    if (named.length >= 2) return named[0]!.text;
  }
  return null;
}

/**
 * A phrase of several words the posting returns to in its own order ("inpatient admissions" at a
 * "children's hospital" for "hospital inpatient"): every word more than once, and all of them
 * together in one paragraph. `text` has the whole phrase taken out: named once it is in passing
 * ("we pair each SE with two account executives"), and its own words must not count twice.
 */
function splitUp(words: readonly RegExp[], text: string): boolean {
  if (!words.length || words.some((w) => (text.match(w)?.length ?? 0) < 2)) return false;
  return text.split(/\n/).some((para) => words.every((w) => para.search(w) >= 0));
}

/**
 * A contract post for a person who ruled contract work out, or a permanent one for a person who ruled
 * permanent posts out: the form, their phrase and the posting's words.
 */
export function termsRuledOut(ruled: readonly RuledOut[], job: PreparedJob) {
  const kind = job.employment?.kind;
  const form = ruled.find((r) => r.form && r.form === kind);
  return form && job.employment ? { form: form.form!, phrase: form.text, said: job.employment.said } : null;
}
