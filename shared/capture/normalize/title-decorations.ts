import { arrangementOfLabel } from './arrangement.ts';
import { parseEmploymentType } from './employment.ts';
import { looksLikePlace } from './location.ts';
import { parseSalary } from './salary.ts';

/**
 * A title line that carries more than the job, as boards and agencies write it: "URGENT: Care Assistant (Nights) –
 * Leeds – £12.60/hr", "Warehouse Associate ($19/hr + $1 night diff) #4412", "🚀 Senior Backend Engineer — Remote (EU)
 * — €85–100k — REF-2291". The page's own fields give the place, the pay and the terms; the title is the job.
 * Only segments set off by a spaced dash or bar are read, and only when every segment after the first is such a
 * decoration: "RN - ICU" or "Customer Service Rep – Bilingual (FR/EN)" keep what they say of the job.
 */
const LEADING =
  /^(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*|(?:urgent(?:ly)?(?: required| hiring)?|immediate start|new)\s*[:!–—-]\s*)+/iu;
const SEGMENT = /\s+[–—|]\s+/;
const REFERENCE_WORDS =
  '#\\s?\\d[\\w-]*|(?:req(?:uisition)?|ref(?:erence)?|job ?(?:id|ref)?|id)\\.?\\s*(?:#|no\\.?|:)?\\s*[-#]?\\s*[\\w-]*\\d[\\w-]*';
const REFERENCE = new RegExp(`^(?:${REFERENCE_WORDS})$`, 'i');
/**
 * A reference at the end, after a hash or a spaced hyphen ("Long-Term Substitute - 2nd Grade - JobID: 4821"), or a
 * requisition's bare number of five digits or more (Taleo's heading "Respiratory Therapist - PRN - 25004417").
 */
const TRAILING_REFERENCE = new RegExp(`\\s+#\\s?\\d[\\w-]*$|\\s+-\\s+(?:${REFERENCE_WORDS}|\\d{5,})$`, 'i');
const PAY_BRACKET = /\s*\([^()]*(?:[$€£¥₹]\s?\d|\d\s?(?:€|k\b)|\/\s?(?:hr|hour|h|std))[^()]*\)/giu;

/** Pay written short without a currency: "80-90K", "£45k". */
const PAY_SHORT = /^[$€£]?\d{2,3}(?:[.,]\d)?k?\s?[-–]\s?[$€£]?\d{2,3}(?:[.,]\d)?k$/i;
const few = (s: string) => s.split(/\s+/).length <= 3;

/** A segment that shows the line is decorated: pay or a posting's reference. */
function payOrReference(segment: string): boolean {
  const s = segment.trim();
  return REFERENCE.test(s) || PAY_SHORT.test(s) || (/\d/.test(s) && !!parseSalary(s, { minScore: 1 }));
}

/**
 * A segment that says nothing of the job: pay, a reference, the arrangement, the terms or a place. (A shift stays:
 * "Registered Nurse - Cardiac ICU (Nights)" names the post by it.)
 */
function decoration(segment: string): boolean {
  const s = segment.trim();
  return (
    !s ||
    payOrReference(s) ||
    (few(s) && (!!arrangementOfLabel(s.replace(/[()]/g, ' ')) || !!parseEmploymentType(s))) ||
    looksLikePlace(s)
  );
}

export function plainTitle(title: string): string {
  const lead = title.replace(LEADING, '').trim();
  const [first = '', ...rest] = lead.split(SEGMENT);
  // Only a line that shows it is decorated, by pay or a reference among its segments or a tag before it: "Project
  // Manager – London" or "Barista – Part Time" may be the employer's own title.
  const decorated = lead !== title.trim() || rest.some(payOrReference);
  if (rest.length && (!decorated || !rest.every(decoration))) return lead;
  const job = first.replace(PAY_BRACKET, '').replace(TRAILING_REFERENCE, '').trim();
  return job.length >= 3 ? job : title;
}
