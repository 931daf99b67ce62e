import { STAGE_LABELS } from '../../../shared/domain/stage-names.ts';
import type { UrlStatus } from '../services/jobs.ts';
import { timeAgo } from '../ui/time.ts';
import { onTrustedClick } from './closed-ui.ts';

export type ButtonState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; status: UrlStatus }
  | { kind: 'error'; message: string };

export const SAVE_BUTTON_CSS = `
  :host { all: initial; }
  .jr { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 13px/1.3 system-ui, sans-serif; }
  button { all: unset; cursor: pointer; background: #2457d6; color: #fff; padding: 8px 14px; border-radius: 999px;
    box-shadow: 0 2px 8px rgba(0,0,0,.25); display: inline-flex; gap: 6px; align-items: center; }
  button:focus-visible { outline: 2px solid #fff; outline-offset: -4px; }
  button[data-state='saved'] { background: #1c7c4a; }
  button[data-state='error'] { background: #b42318; }
  button[data-state='busy'] { opacity: .8; cursor: progress; }
`;

/** What the in-page button says in each state ("Saved · Applied 3 days ago"). */
export function buttonLabel(state: ButtonState, now = Date.now()): string {
  switch (state.kind) {
    case 'idle':
      return 'Save to Jobraker';
    case 'busy':
      return 'Saving…';
    case 'error':
      return `Couldn't save: ${state.message}`;
    case 'saved': {
      const { stage, savedAt, stageChangedAt } = state.status;
      return stage === 'saved'
        ? `Saved · ${timeAgo(savedAt, now)}`
        : `Saved · ${STAGE_LABELS[stage]} ${timeAgo(stageChangedAt, now)}`;
    }
  }
}

/** Renders the button into a container (inside a shadow root) and returns a state setter. */
export function renderSaveButton(container: HTMLElement, onClick: () => void, signal: AbortSignal) {
  const wrap = document.createElement('div');
  wrap.className = 'jr';
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', 'Save this job to Jobraker');
  button.title = 'Save this job to Jobraker (Alt+Shift+S)';
  onTrustedClick(button, onClick, signal);
  wrap.append(button);
  container.append(wrap);
  return (state: ButtonState) => {
    button.dataset.state = state.kind;
    button.textContent = buttonLabel(state);
  };
}
