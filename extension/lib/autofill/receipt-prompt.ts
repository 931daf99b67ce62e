import { mountClosedUi, onTrustedClick } from '../content/closed-ui.ts';
import { backgroundMessenger as bg } from '../messaging.ts';
import type { SubmittedApplication } from '../services/applications.ts';

const CSS = `
  :host { all: initial; }
  div[role=dialog] { position: fixed; right: 16px; bottom: 64px; z-index: 2147483647; background: #17212b; color: #fff;
    font: 13px/1.4 system-ui, sans-serif; padding: 12px; border-radius: 8px; max-width: 380px;
    box-shadow: 0 2px 10px rgba(0,0,0,.3); display: grid; gap: 8px; }
  ul { margin: 0; padding-left: 18px; max-height: 96px; overflow: auto; }
  label { display: flex; gap: 6px; align-items: center; }
  .actions { display: flex; gap: 8px; }
  button { font: inherit; border-radius: 6px; border: 1px solid #fff; background: transparent; color: #fff;
    padding: 4px 10px; cursor: pointer; }
  button.yes { background: #2457d6; border-color: #2457d6; }
  button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
`;

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * After the person submits a form Jobraker filled: nothing is stored until they say so here, in a
 * closed shadow root that answers only their own clicks. A page that fakes a submit (or rewrites an
 * answer just before one) gets this question shown to the person, never a silent write.
 */
export function askToKeepReceipt(
  sub: Omit<SubmittedApplication, 'markApplied'>,
  job: { title: string; stage: string } | null,
  signal: AbortSignal,
): void {
  const ui = mountClosedUi('jobraker-receipt', CSS, signal);
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Keep a receipt of this application');
  const intro = document.createElement('strong');
  intro.textContent = 'Sent your application? Keep a receipt in Jobraker.';
  box.append(intro);
  if (sub.customAnswers.length) {
    const note = document.createElement('span');
    note.textContent = `Your answers to ${sub.customAnswers.length} question${sub.customAnswers.length > 1 ? 's' : ''} will be remembered for next time:`;
    const list = document.createElement('ul');
    for (const { question, answer } of sub.customAnswers) {
      const item = document.createElement('li');
      item.textContent = `${clip(question, 60)}: “${clip(answer, 80)}”`;
      list.append(item);
    }
    box.append(note, list);
  }
  const applied = document.createElement('input');
  applied.type = 'checkbox';
  applied.checked = true;
  if (job?.stage === 'saved') {
    const label = document.createElement('label');
    label.append(applied, `Move “${clip(job.title, 60)}” to Applied`);
    box.append(label);
  }
  const actions = document.createElement('div');
  actions.className = 'actions';
  const keep = document.createElement('button');
  keep.type = 'button';
  keep.className = 'yes';
  keep.textContent = 'Keep receipt';
  const no = document.createElement('button');
  no.type = 'button';
  no.textContent = 'Not now';
  actions.append(keep, no);
  box.append(actions);
  ui.root.append(box);
  onTrustedClick(no, () => ui.remove(), signal);
  onTrustedClick(
    keep,
    () => {
      keep.disabled = true;
      void bg
        .sendMessage('applicationSubmitted', {
          ...sub,
          markApplied: job?.stage === 'saved' && applied.checked,
        })
        .then(
          (r) => {
            intro.textContent =
              r.job?.stage === 'applied'
                ? `Receipt kept. “${clip(r.job.title, 60)}” is now Applied.`
                : 'Receipt kept.';
          },
          (e: Error) => {
            intro.textContent = `Couldn't keep the receipt: ${e.message}`;
          },
        )
        .finally(() => {
          actions.remove();
          setTimeout(() => ui.remove(), 4000);
        });
    },
    signal,
  );
}
