import { memoInScan } from './scan-memo.ts';

/** What asks a question in a block (block-text.ts): a box, a select, a choice, a combobox; not a button or hidden. */

const CANDIDATES = 'input, select, textarea, [role]';
const NOT_ASKED = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const ASKING_ROLES = new Set(['combobox', 'radio', 'checkbox']);

/**
 * A block asks for one person's, place's or job's details: a container asking more questions is a page or a step of
 * the form, whose title and intro (a job's description, the site's menu) say nothing of whose each box is.
 */
export const MAX_BLOCK_QUESTIONS = 12;

/** How many questions a container asks (radios or checkboxes of one name ask one), counted past the block's most. */
export const questionCount = (container: Element): number =>
  memoInScan('questions', container, countQuestions);
function countQuestions(container: Element): number {
  const seen = new Set<string>();
  let count = 0;
  for (const c of Array.from(container.querySelectorAll(CANDIDATES))) {
    if (!isQuestion(c)) continue;
    const type = (c.getAttribute('type') ?? '').toLowerCase();
    const name = c.getAttribute('name');
    if ((type === 'radio' || type === 'checkbox') && name) {
      if (seen.has(name)) continue;
      seen.add(name);
    }
    if (++count > MAX_BLOCK_QUESTIONS) return count;
  }
  return count;
}

/** A control a person answers (a radio or checkbox is one choice of its question). */
export function isQuestion(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT') return !NOT_ASKED.has((el.getAttribute('type') ?? '').toLowerCase());
  return tag === 'SELECT' || tag === 'TEXTAREA' || ASKING_ROLES.has(el.getAttribute('role') ?? '');
}
export const hasQuestion = (el: Element) => Array.from(el.querySelectorAll(CANDIDATES)).some(isQuestion);
