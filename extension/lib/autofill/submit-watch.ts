import { classifyForm } from '../../../shared/autofill/index.ts';
import { fieldHiddenReason } from '../../../shared/autofill/scan/layout.ts';
import { backgroundMessenger as bg } from '../messaging.ts';
import { askToKeepReceipt } from './receipt-prompt.ts';

const SUBMIT_TEXT = /^\s*(submit|send|apply)(\s+(my\s+)?application|\s+now)?\s*$/i;

/** The answers as the form shows them at submit time (file inputs by file name); seen fields only. */
function collectAnswers() {
  const fields = classifyForm(document, { url: location.href, seenByPeople: fieldHiddenReason });
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
 * After a fill, watches for the person submitting the application (a form submit, or a click on a
 * "Submit application" button on script-driven forms) and offers to keep a receipt. Only trusted
 * events count, and nothing is stored until the person confirms in our own prompt. We never submit.
 */
export function watchSubmit(signal: AbortSignal, resumeSha256: () => string | null): void {
  let last = 0;
  const report = (event: Event) => {
    // One submission fires a click and a submit: ask once.
    if (!event.isTrusted || Date.now() - last < 1000) return;
    last = Date.now();
    const { answers, custom } = collectAnswers();
    const sub = { url: location.href, resumeSha256: resumeSha256(), answers, customAnswers: custom };
    void bg
      .sendMessage('urlStatus', { url: location.href })
      .catch(() => null)
      .then((job) => {
        if (!signal.aborted) askToKeepReceipt(sub, job, signal);
      });
  };
  document.addEventListener('submit', report, { capture: true, signal });
  document.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element | null)?.closest?.('button, input[type="submit"]');
      if (!button) return;
      const text = button instanceof HTMLInputElement ? button.value : (button.textContent ?? '');
      if ((button as HTMLButtonElement).type === 'submit' || SUBMIT_TEXT.test(text)) report(e);
    },
    { capture: true, signal },
  );
}
