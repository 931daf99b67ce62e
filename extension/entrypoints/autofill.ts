import { FrameAutofill } from '../lib/autofill/frame-controller.ts';
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
  const frame = new FrameAutofill(controller.signal);
  autofillMessenger.onMessage('autofillPreview', ({ data }) => frame.preview(data));
  autofillMessenger.onMessage('autofillRun', async ({ data }) => {
    const result = await frame.run(data);
    watchSubmit(controller.signal, data.resume?.sha256 ?? null);
    return result;
  });
  autofillMessenger.onMessage('autofillUndo', () => frame.undoLast());
  return true;
});
