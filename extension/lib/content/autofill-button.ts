/** Embedded application forms we can fill inside their iframe (Greenhouse embeds, Lever, Workday…). */
const EMBEDDED_FORM =
  /greenhouse\.io\/embed\/job_app|jobs\.lever\.co\/.+\/apply|myworkdayjobs\.com|ashbyhq\.com\/.+\/application/;

/**
 * A cheap test for "this page holds a job application form": a contact field plus enough other
 * controls, or a known ATS form embedded in an iframe. Shows the in-page Autofill button.
 */
export function looksLikeApplicationForm(doc: Document): boolean {
  for (const frame of doc.querySelectorAll('iframe[src]'))
    if (EMBEDDED_FORM.test(frame.getAttribute('src') ?? '')) return true;
  const contact = doc.querySelector(
    'input[type="email"], input[autocomplete="email"], input[type="file"], input[name*="email" i]',
  );
  return !!contact && doc.querySelectorAll('input:not([type="hidden"]), select, textarea').length >= 4;
}

export const AUTOFILL_BUTTON_CSS = `
  :host { all: initial; }
  .jr { position: fixed; right: 16px; bottom: 60px; z-index: 2147483646; font: 13px/1.3 system-ui, sans-serif; }
  button { all: unset; cursor: pointer; background: #17212b; color: #fff; padding: 8px 14px; border-radius: 999px;
    box-shadow: 0 2px 8px rgba(0,0,0,.25); }
  button:focus-visible { outline: 2px solid #fff; outline-offset: -4px; }
  button[data-busy='true'] { opacity: .8; cursor: progress; }
`;

/** Renders the Autofill button; `run` fills and resolves to the summary shown on the button. */
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
  button.title = 'Fill this application from your profile (Alt+Shift+F). You submit it yourself.';
  button.addEventListener(
    'click',
    async () => {
      button.dataset.busy = 'true';
      button.textContent = 'Filling…';
      button.textContent = await run().catch((e: Error) => `Couldn't fill: ${e.message}`);
      button.dataset.busy = 'false';
    },
    { signal },
  );
  wrap.append(button);
  container.append(wrap);
}
