import { browser } from 'wxt/browser';
import { FrameAutofill } from '../lib/autofill/frame-controller.ts';
import { describeFrame } from '../lib/autofill/frame-report.ts';
import { autofillMessenger } from '../lib/autofill/protocol.ts';
import { watchSubmit } from '../lib/autofill/submit-watch.ts';

/**
 * Injected by the background into every frame of the active tab, only when the user asks for
 * autofill. Injecting twice is harmless: the first instance keeps serving.
 */
export default defineUnlistedScript(() => {
  const flag = '__jobrakerAutofill';
  const scope = globalThis as unknown as Record<string, boolean>;
  if (scope[flag]) return true;
  scope[flag] = true;
  const controller = new AbortController();
  // No WXT context here (injected on demand): notice the extension reloading or updating, as the
  // context does for content scripts, and tear everything down with the signal.
  const watch = setInterval(() => {
    if (!browser.runtime?.id) controller.abort();
  }, 5000);
  controller.signal.addEventListener('abort', () => {
    clearInterval(watch);
    autofillMessenger.removeAllListeners();
    scope[flag] = false;
  });
  const frame = new FrameAutofill(controller.signal);
  autofillMessenger.onMessage('autofillInspect', ({ data }) => describeFrame(data.frameId));
  autofillMessenger.onMessage('autofillPreview', ({ data }) => frame.preview(data));
  // One submit watcher per frame, however many fills; it reports the resume of the latest fill.
  let resumeSha: string | null = null;
  let watching = false;
  autofillMessenger.onMessage('autofillRun', async ({ data }) => {
    const result = await frame.run(data);
    resumeSha = data.resume?.sha256 ?? null;
    if (!watching) watchSubmit(controller.signal, () => resumeSha);
    watching = true;
    return result;
  });
  autofillMessenger.onMessage('autofillUndo', () => frame.undoLast());
  return true;
});
