/** A course the user added for a skill: only what they typed, never a suggestion of ours. */
export interface UserCourse {
  skill: string;
  title: string;
  /** http(s) only: the link is rendered, and every pasted text may be hostile. */
  url: string | null;
  addedAt: string;
}

/** Settings key (settings table) holding the user's courses. */
export const COURSES_SETTING = 'learning.courses';

export type CourseInput = { skill: string; title: string; url?: string };

/** The course as stored, or a clear reason it cannot be. */
export function readCourse(
  input: CourseInput,
  now: string,
): { ok: true; course: UserCourse } | { ok: false; message: string } {
  const skill = input.skill.trim();
  const title = input.title.trim();
  if (!skill) return { ok: false, message: 'Which skill is this course for?' };
  if (!title) return { ok: false, message: 'Name the course.' };
  if (title.length > 200) return { ok: false, message: 'Keep the course name under 200 characters.' };
  const raw = input.url?.trim() ?? '';
  if (!raw) return { ok: true, course: { skill, title, url: null, addedAt: now } };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      message: `“${raw.slice(0, 80)}” is not a web address (it should start with https://).`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: 'Only http and https links can be added.' };
  return { ok: true, course: { skill, title, url: url.href, addedAt: now } };
}
