// The review shown before "Approve and queue": exactly the answers Skyvern will be given (from the profile,
// saved answers and the cover letter), and which resume version (file and SHA-256). Nothing else is sent.
import type { SavedAnswer } from '../domain/documents.ts';
import type { Profile } from '../domain/profile.ts';
import type { Answer } from './request.ts';

export interface SubmissionReview {
  jobId: string;
  answers: Answer[];
  resume: { fileName: string; sha256: string } | null;
  coverLetter: string | null;
  /** What is missing that the user may want to add before approving. */
  warnings: string[];
}

export function reviewAnswers(
  profile: Profile | undefined,
  saved: SavedAnswer[],
  coverLetter: string | null,
): { answers: Answer[]; warnings: string[] } {
  const answers: Answer[] = [];
  const add = (label: string, value: string | undefined | null) => {
    const v = value?.trim();
    if (v) answers.push({ label, value: v });
  };
  const warnings: string[] = [];
  if (profile) {
    add('First name', profile.contact.firstName);
    add('Last name', profile.contact.lastName);
    add('Email', profile.contact.email);
    add('Phone', profile.contact.phone);
    add('City', profile.location.city);
    add('Country', profile.location.country);
    add('LinkedIn', profile.links.linkedin);
    add('GitHub', profile.links.github);
    add('Portfolio', profile.links.portfolio ?? profile.links.website);
    if (profile.requiresSponsorship !== null)
      add('Requires visa sponsorship', profile.requiresSponsorship ? 'Yes' : 'No');
    add('Earliest start date', profile.earliestStartDate);
    add('How did you hear about us', profile.howDidYouHear);
    if (!profile.contact.email) warnings.push('Your profile has no email: most forms require one.');
  } else {
    warnings.push('No profile yet: add one in Settings → Profile first.');
  }
  for (const s of saved) add(s.question, s.answer);
  add('Cover letter', coverLetter);
  return { answers, warnings };
}
