import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import type { ToastState } from '../Toast.tsx';

/** The toast after a delete: "Undo" puts the rows back through the background. */
export function undoToast(message: string, trashId: string): ToastState {
  return {
    message,
    action: { label: 'Undo', run: () => void bg.sendMessage('restoreJobDetail', { trashId }) },
  };
}

/** A form field's trimmed text ('' when absent). */
export const text = (form: FormData, name: string): string => String(form.get(name) ?? '').trim();

/** One entry per line (questions asked) or per comma (interviewers), blanks dropped. */
export const lines = (value: string, sep: RegExp = /\n/): string[] =>
  value
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

export interface SectionProps {
  jobId: string;
  onToast: (t: ToastState) => void;
}
