// Application submission statuses (the Jobraker design) and what each means to the user. The database enum
// public.application_status holds the same values (migrations 20261121230800 + 20261204140000).
export const APPLICATION_STATUSES = [
  'draft',
  'pending_submission',
  'processing',
  'submitted_successfully',
  'failed_submission',
  'action_required',
  'withdrawn_by_user',
  'cancelled',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Where an automated submission stops: nothing changes these except the user recording a result. */
export const TERMINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'submitted_successfully',
  'failed_submission',
  'action_required',
  'withdrawn_by_user',
  'cancelled',
];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: 'Draft',
  pending_submission: 'Queued',
  processing: 'Submitting…',
  submitted_successfully: 'Submitted',
  failed_submission: 'Failed',
  action_required: 'Needs you',
  withdrawn_by_user: 'Withdrawn',
  cancelled: 'Cancelled',
};

export function isTerminalApplicationStatus(status: ApplicationStatus): boolean {
  return TERMINAL_APPLICATION_STATUSES.includes(status);
}
