import { NOTHING_NEW } from '../../shared/resume/import-summary.ts';

/**
 * What `npm start` says it did, from what the pages showed. A second run reuses the profile and the
 * saved job in .data/chromium-profile, and says so rather than printing zero counts.
 */
export function importLine(notice: string, file: string): string {
  const text = notice.trim();
  return text.startsWith(NOTHING_NEW)
    ? `Profile already imported: the demo resume (${file}) added nothing new.`
    : `Imported the demo resume (${file}) in the options page: ${text}`;
}

/** `before`: the in-page button's text when the page opened; `after`: once clicked (if it was). */
export function saveLine(url: string, before: string, after: string): string {
  return before.startsWith('Saved')
    ? `Job already saved (the button on ${url} says "${before}"): opened it.`
    : `Opened ${url} and clicked the in-page button: "${after}".`;
}
