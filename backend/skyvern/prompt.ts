// The task Jobraker asks Skyvern to run for one approved application. The new API has no
// navigation_payload (contracts.md §1.2), so the applicant's approved answers go inside the prompt.
import type { TaskRunRequest } from './types.ts';

export interface ApprovedSubmission {
  applicationId: string;
  idempotencyKey: string;
  postingUrl: string;
  jobTitle: string;
  company: string;
  answers: Array<{ label: string; value: string }>;
  resumeSha256: string | null;
}

/** What the run extracts at the end: read by shared/submission/outcome.ts confirmationOf(). */
export const CONFIRMATION_SCHEMA = {
  type: 'object',
  properties: {
    submitted: { type: 'boolean', description: 'True only if the application was actually submitted' },
    confirmation_number: { type: 'string', description: 'Application or reference number shown, if any' },
    confirmation_message: { type: 'string', description: 'The confirmation text shown after submitting' },
  },
  required: ['submitted'],
};

export function taskRequestFor(
  submission: ApprovedSubmission,
  webhookUrl: string,
  maxSteps: number,
): TaskRunRequest {
  const answers = submission.answers.map((a) => `- ${a.label}: ${a.value}`).join('\n');
  const prompt = [
    `Apply to the job "${submission.jobTitle}"${submission.company ? ` at ${submission.company}` : ''} using the form at this page.`,
    'Fill every field from the approved answers below, exactly as written. Do not invent answers; leave a field',
    'empty if no answer fits and it is optional. If a required field has no answer, stop and say which one.',
    'If a login, CAPTCHA, MFA or verification code blocks you, stop and report it; do not create accounts.',
    'Submit the form once. Then report whether it was submitted and the confirmation shown.',
    submission.resumeSha256 ? `Resume version (SHA-256): ${submission.resumeSha256}` : '',
    'Approved answers:',
    answers,
  ]
    .filter(Boolean)
    .join('\n');
  const hook = new URL(webhookUrl);
  hook.searchParams.set('item', submission.idempotencyKey);
  return {
    prompt,
    url: submission.postingUrl,
    title: `jobraker:${submission.idempotencyKey}`,
    max_steps: maxSteps,
    webhook_url: hook.toString(),
    data_extraction_schema: CONFIRMATION_SCHEMA,
  };
}
