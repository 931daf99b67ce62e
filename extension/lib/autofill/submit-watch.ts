import { classifyForm } from '../../../shared/autofill/index.ts';
import { backgroundMessenger as bg } from '../messaging.ts';
import { showAppliedPrompt } from './applied-prompt.ts';

const SUBMIT_TEXT = /^\s*(submit|send|apply)(\s+(my\s+)?application|\s+now)?\s*$/i;

/** The answers as the form shows them at submit time (file inputs by file name). */
function collectAnswers() {
  const fields = classifyForm(document, { url: location.href });
  const answers: { label: string; value: string }[] = [];
  const custom: { question: string; answer: string }[] = [];
  for (const { field, classification } of fields) {
    if (field.hidden || field.honeypot) continue;
    const files = field.kind === 'file' ? (field.elements[0] as HTMLInputElement).files : null;
    const value = files ? [...files].map((f) => f.name).join(', ') : field.currentValue;
    if (!value) continue;
    const label = field.signals.label || field.signals.nearby || field.signals.name;
    answers.push({ label, value });
    if (classification.type === 'other' && (field.kind === 'textarea' || field.kind === 'text') && label) {
      custom.push({ question: label, answer: value });
    }
  }
  return { answers, custom };
}

/**
 * After a fill, watches for the user submitting the application (a form submit, or a click on a
 * "Submit application" button on script-driven forms) and records a receipt; the user is then
 * offered to move the job to Applied. We never submit anything ourselves.
 */
export function watchSubmit(signal: AbortSignal, resumeSha256: () => string | null): void {
  let last = 0;
  const report = () => {
    if (Date.now() - last < 5000) return;
    last = Date.now();
    const { answers, custom } = collectAnswers();
    void bg
      .sendMessage('applicationSubmitted', {
        url: location.href,
        resumeSha256: resumeSha256(),
        answers,
        customAnswers: custom,
      })
      .then((r) => r.job && showAppliedPrompt(r.job, signal));
  };
  document.addEventListener('submit', report, { capture: true, signal });
  document.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element | null)?.closest?.('button, input[type="submit"]');
      if (!button) return;
      const text = button instanceof HTMLInputElement ? button.value : (button.textContent ?? '');
      if ((button as HTMLButtonElement).type === 'submit' || SUBMIT_TEXT.test(text)) report();
    },
    { capture: true, signal },
  );
}
