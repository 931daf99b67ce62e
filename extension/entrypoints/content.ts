import {
  AUTOFILL_BUTTON_CSS,
  looksLikeApplicationForm,
  renderAutofillButton,
} from '../lib/content/autofill-button.ts';
import { looksLikePosting } from '../lib/content/posting-signal.ts';
import { type ButtonState, renderSaveButton, SAVE_BUTTON_CSS } from '../lib/content/save-button.ts';
import { backgroundMessenger as bg, contentMessenger } from '../lib/messaging.ts';

/**
 * The bootstrap injected into every page. It stays small (a budget of 60 KB gzipped): it decides
 * whether the page is a posting, shows the in-page Save button, and re-checks when a single-page
 * board changes posting without a reload. Extraction itself is injected only when the user saves.
 * Everything it sets up is tied to `ctx.signal` and torn down when the extension reloads.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window.top !== window) return;
    const signal = ctx.signal;
    let setState: ((s: ButtonState) => void) | null = null;
    let mounted = false;

    const refreshStatus = async () => {
      if (!setState) return;
      const url = location.href;
      const status = await bg.sendMessage('urlStatus', { url }).catch(() => null);
      if (!signal.aborted && url === location.href)
        setState(status ? { kind: 'saved', status } : { kind: 'idle' });
    };

    const save = async () => {
      setState?.({ kind: 'busy' });
      const result = await bg
        .sendMessage('captureTab', {})
        .catch((e: Error) => ({ ok: false as const, message: e.message }));
      if (!result.ok) setState?.({ kind: 'error', message: result.message });
      else await refreshStatus();
    };

    // Closed shadow roots: page script cannot reach (and click) the buttons; they also act only on
    // trusted input (lib/content/closed-ui.ts), and the background re-checks the gesture.
    const ui = await createShadowRootUi(ctx, {
      name: 'jobraker-save',
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: SAVE_BUTTON_CSS,
      onMount: (container) => {
        setState = renderSaveButton(container, () => void save(), signal);
        void refreshStatus();
      },
      onRemove: () => {
        setState = null;
      },
    });

    const autofillUi = await createShadowRootUi(ctx, {
      name: 'jobraker-autofill',
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: AUTOFILL_BUTTON_CSS,
      onMount: (container) =>
        renderAutofillButton(
          container,
          // Opens the side panel's preview; the fill itself happens there, after the person looks.
          async () => (await bg.sendMessage('openAutofillPanel', undefined)).message,
          signal,
        ),
    });
    let formShown = false;

    const evaluate = () => {
      if (signal.aborted) return;
      const form = looksLikeApplicationForm(document);
      if (form && !formShown) autofillUi.mount();
      else if (!form && formShown) autofillUi.remove();
      formShown = form;
      const posting = looksLikePosting(document, location.href);
      if (posting && !mounted) ui.mount();
      else if (!posting && mounted) ui.remove();
      else if (posting) void refreshStatus();
      mounted = posting;
    };

    contentMessenger.onMessage('postingSaved', ({ data }) => setState?.({ kind: 'saved', status: data }));
    // Single-page boards (LinkedIn, Indeed) switch postings by pushState. WXT reports the change as
    // navigation starts, before the board renders the new posting, so look again once it has
    // (and once more for boards that load the pane late).
    let timers: number[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      for (const t of timers) clearTimeout(t);
      timers = [ctx.setTimeout(evaluate, 300), ctx.setTimeout(evaluate, 1500)];
    });
    signal.addEventListener('abort', () => {
      contentMessenger.removeAllListeners();
      ui.remove();
      autofillUi.remove();
    });
    evaluate();
  },
});
