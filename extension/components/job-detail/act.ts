import { useState } from 'react';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import type { ToastState } from '../Toast.tsx';

/** Runs a message to the background, keeping its error (the background's own sentence) to show. */
export function useAct() {
  const [error, setError] = useState<string | null>(null);
  const act = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    }
  };
  return { error, act };
}

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
