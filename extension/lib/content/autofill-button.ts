import { isEmbeddedFormUrl, isKnownFormHostname } from '../../../shared/autofill/frames.ts';
import { onTrustedClick } from './closed-ui.ts';

/**
 * A cheap test for "this page holds a job application form", to show the in-page Autofill button:
 * an ATS form (on its host or embedded in an iframe), or a contact field together with a resume
 * upload or a long form. A sign-up or newsletter form (an email and a few fields) does not qualify.
 */
export function looksLikeApplicationForm(doc: Document, host = doc.location?.hostname ?? ''): boolean {
  for (const frame of doc.querySelectorAll('iframe[src]'))
    if (isEmbeddedFormUrl(frame.getAttribute('src') ?? '', doc.location?.href)) return true;
  const email = doc.querySelector('input[type="email"], input[autocomplete="email"], input[name*="email" i]');
  if (!email) return false;
  const controls = doc.querySelectorAll(
    'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea',
  ).length;
  if (isKnownFormHostname(host)) return controls >= 3;
  return !!doc.querySelector('input[type="file"]') || controls >= 8;
}

export const AUTOFILL_BUTTON_CSS = `
  :host { all: initial; }
  .jr { position: fixed; right: 16px; bottom: 60px; z-index: 2147483646; font: 13px/1.3 system-ui, sans-serif; }
  button { all: unset; cursor: pointer; background: #17212b; color: #fff; padding: 8px 14px; border-radius: 999px;
    box-shadow: 0 2px 8px rgba(0,0,0,.25); }
  button:focus-visible { outline: 2px solid #fff; outline-offset: -4px; }
  button[data-busy='true'] { opacity: .8; cursor: progress; }
`;

/** Renders the Autofill button; `run` opens the review and resolves to what the button says next. */
export function renderAutofillButton(
  container: HTMLElement,
  run: () => Promise<string>,
  signal: AbortSignal,
): void {
  const wrap = document.createElement('div');
  wrap.className = 'jr';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Autofill with Jobraker';
  button.title =
    'Review what Jobraker would fill from your profile, then fill (Alt+Shift+F). You submit it yourself.';
  onTrustedClick(
    button,
    async () => {
      button.dataset.busy = 'true';
      button.textContent = await run().catch((e: Error) => `Couldn't open the review: ${e.message}`);
      button.dataset.busy = 'false';
    },
    signal,
  );
  wrap.append(button);
  container.append(wrap);
}
