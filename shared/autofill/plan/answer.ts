/** What the planner wants written, before it is matched to a control's options. */
export type Answer =
  | { kind: 'text'; text: string }
  | { kind: 'yes-no'; yes: boolean }
  | { kind: 'country'; code: string; text: string }
  | { kind: 'state'; code: string; text: string }
  | { kind: 'number'; value: number; text: string }
  /** Pick the option that reads like `text` (EEO choices, saved answers). */
  | { kind: 'choice'; text: string }
  | { kind: 'file'; file: 'resume' | 'coverLetter'; name: string };

export function answerText(answer: Answer): string {
  switch (answer.kind) {
    case 'yes-no':
      return answer.yes ? 'Yes' : 'No';
    case 'file':
      return answer.name;
    default:
      return answer.text;
  }
}
