import { autofillMessenger, type FrameResult } from '../autofill/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { autofillInput } from '../services/applications.ts';
import { isWebPage, resolveTargetTab } from './capture-tab.ts';

export type AutofillMode = 'preview' | 'run' | 'undo';

export interface AutofillReport {
  ok: boolean;
  message: string;
  frames: (FrameResult & { frameId: number })[];
  summary: { filled: number; needYou: number; failed: number; text: string };
}

const empty = (message: string): AutofillReport => ({
  ok: false,
  message,
  frames: [],
  summary: { filled: 0, needYou: 0, failed: 0, text: message },
});

/**
 * Autofill in the active tab, only on the user's request: the script goes into every frame
 * (Greenhouse embeds sit in iframes), each frame plans/fills its own fields, and the background
 * adds the results up. Page data comes back to the extension only to be shown.
 */
export async function autofillTab(
  db: JobrakerDatabase,
  opts: { tabId?: number; mode: AutofillMode; overwrite?: boolean },
): Promise<AutofillReport> {
  const tab = await resolveTargetTab(opts.tabId);
  if (!tab?.id || !isWebPage(tab.url)) {
    return empty('Open an application form in a tab first.');
  }
  const tabId = tab.id;
  let frameIds: number[];
  try {
    const injected = await chrome.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: ['/autofill.js'],
    });
    frameIds = injected.map((r) => r.frameId);
  } catch (error) {
    return empty(`Jobraker could not reach this page: ${(error as Error).message}`);
  }
  const input =
    opts.mode === 'undo'
      ? null
      : await autofillInput(db, { withFile: opts.mode === 'run', overwrite: opts.overwrite ?? false });
  const frames: AutofillReport['frames'] = [];
  let restored = 0;
  let needsCheck = 0;
  const errors: string[] = [];
  for (const frameId of frameIds) {
    const target = { tabId, frameId };
    try {
      if (opts.mode === 'undo') {
        const undone = await autofillMessenger.sendMessage('autofillUndo', undefined, target);
        restored += undone.restored;
        needsCheck += undone.needsCheck;
        continue;
      }
      const type = opts.mode === 'run' ? 'autofillRun' : 'autofillPreview';
      const result = await autofillMessenger.sendMessage(type, input!, target);
      if (result.fields.length > 0) frames.push({ ...result, frameId });
    } catch (error) {
      // A frame that navigated away or refused the script contributes nothing; keep why for the message.
      errors.push((error as Error).message);
    }
  }
  if (opts.mode === 'undo') {
    const check = needsCheck
      ? ` Check ${needsCheck} dropdown${needsCheck > 1 ? 's' : ''} (outlined): a chosen option can't always be cleared.`
      : '';
    const text = restored ? `Restored ${restored} fields.${check}` : 'Nothing to undo.';
    return {
      ok: restored > 0,
      message: text,
      frames: [],
      summary: { filled: 0, needYou: 0, failed: 0, text },
    };
  }
  const filled = frames.reduce((a, f) => a + f.summary.filled, 0);
  const needYou = frames.reduce((a, f) => a + f.summary.needYou, 0);
  const failed = frames.reduce((a, f) => a + f.summary.failed + f.summary.refused, 0);
  if (frames.length === 0) {
    const real = errors.find((e) => !/Receiving end does not exist|No response/.test(e));
    return empty(
      real ? `Jobraker could not read this form: ${real}` : 'No application form found on this page.',
    );
  }
  const verb = opts.mode === 'run' ? 'filled' : 'to fill';
  const text = `${filled} ${verb}, ${needYou} need you${failed ? `, ${failed} did not stick` : ''}`;
  const contact = input?.profile.contact;
  const hint =
    !contact?.email && !contact?.firstName
      ? ' Your profile is empty: add it in Settings (or import a resume).'
      : '';
  return { ok: true, message: text + hint, frames, summary: { filled, needYou, failed, text } };
}
