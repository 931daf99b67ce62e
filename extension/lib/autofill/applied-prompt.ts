import { backgroundMessenger as bg } from '../messaging.ts';

/** "Sent it? Move “Title” to Applied": a small prompt in its own shadow root after submitting. */
export function showAppliedPrompt(
  job: { id: string; title: string; stage: string },
  signal: AbortSignal,
): void {
  if (job.stage !== 'saved') return;
  const host = document.createElement('jobraker-applied');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `
    <style>
      :host { all: initial; }
      div { position: fixed; right: 16px; bottom: 64px; z-index: 2147483646; background: #17212b; color: #fff;
        font: 13px/1.4 system-ui, sans-serif; padding: 10px 12px; border-radius: 8px; display: flex; gap: 8px; align-items: center;
        box-shadow: 0 2px 10px rgba(0,0,0,.3); max-width: 360px; }
      button { font: inherit; border-radius: 6px; border: 1px solid #fff; background: transparent; color: #fff; padding: 4px 8px; cursor: pointer; }
      button.yes { background: #2457d6; border-color: #2457d6; }
    </style>
    <div role="dialog" aria-label="Move to Applied">
      <span></span><button class="yes" type="button">Mark applied</button><button class="no" type="button">Not now</button>
    </div>`;
  root.querySelector('span')!.textContent = `Sent it? Move “${job.title}” to Applied.`;
  const close = () => host.remove();
  root.querySelector('.yes')!.addEventListener('click', () => {
    void bg.sendMessage('moveJob', { jobId: job.id, to: 'applied' }).finally(close);
  });
  root.querySelector('.no')!.addEventListener('click', close);
  signal.addEventListener('abort', close);
  document.documentElement.append(host);
}
