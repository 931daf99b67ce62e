import { browser } from 'wxt/browser';
import { decideFrameAccess, type FrameAccess, type FrameReport } from '../../../shared/autofill/frames.ts';
import { fillSummaryText } from '../../../shared/autofill/summary.ts';
import {
  type ApprovedAnswer,
  type AutofillInput,
  type AutofillMode,
  type AutofillReport,
  type AutofillRequest,
  autofillMessenger,
  type FrameOutcome,
} from '../autofill/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { autofillInput } from '../services/applications.ts';
import { isWebPage, resolveTargetTab } from './capture-tab.ts';

const empty = (message: string): AutofillReport => ({
  ok: false,
  message,
  frames: [],
  withheld: [],
  summary: { filled: 0, needYou: 0, failed: 0, text: message },
});

type Target = { tabId: number; frameId: number };

/** Asks each frame to describe itself; frames that do not answer are left out. */
async function inspect(tabId: number, frameIds: number[]): Promise<FrameReport[]> {
  const reports = await Promise.all(
    frameIds.map((frameId) =>
      autofillMessenger.sendMessage('autofillInspect', { frameId }, { tabId, frameId }).catch(() => null),
    ),
  );
  return reports.filter((r): r is FrameReport => !!r);
}

/** Which frames this request may touch, and in what way. */
function plannedFrames(req: AutofillRequest, reports: FrameReport[], access: Map<number, FrameAccess>) {
  const approved = new Map(req.approved?.map((a) => [a.frameId, a]));
  const go: {
    frameId: number;
    access: FrameAccess;
    refs?: string[];
    answers?: Record<string, ApprovedAnswer>;
  }[] = [];
  const withheld: AutofillReport['withheld'] = [];
  for (const { frameId } of reports) {
    const a = access.get(frameId)!;
    const ok = approved.get(frameId);
    if (a.kind === 'hidden') withheld.push({ frameId, access: a });
    else if (req.mode === 'preview') go.push({ frameId, access: a });
    else if (req.approved) {
      if (ok) go.push({ frameId, access: a, refs: ok.refs, answers: ok.answers });
    } else if (a.kind === 'allowed') go.push({ frameId, access: a });
    else withheld.push({ frameId, access: a });
  }
  return { go, withheld };
}

/**
 * Autofill in a tab, only on the user's request: the script goes into every frame (Greenhouse
 * embeds sit in iframes), each frame plans and fills its own fields, and the background adds the
 * results up. Hidden frames are never filled; another site's form only after the person approved it.
 */
export async function autofillTab(db: JobrakerDatabase, req: AutofillRequest): Promise<AutofillReport> {
  const tab = await resolveTargetTab(req.tabId);
  if (!tab?.id || !isWebPage(tab.url)) return empty('Open an application form in a tab first.');
  const tabId = tab.id;
  let frameIds: number[];
  try {
    const injected = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: ['/autofill.js'],
    });
    frameIds = injected.map((r) => r.frameId);
  } catch (error) {
    return empty(`Jobraker could not reach this page: ${(error as Error).message}`);
  }
  if (req.mode === 'undo') return undoAll(tabId, frameIds);
  const reports = await inspect(tabId, frameIds);
  const access = decideFrameAccess(reports, tab.url);
  const { go, withheld } = plannedFrames(req, reports, access);
  const { notes, ...input } = await autofillInput(db, {
    withFile: req.mode === 'run',
    overwrite: req.overwrite ?? false,
    url: tab.url,
  });
  const frames: FrameOutcome[] = [];
  const errors: string[] = [];
  for (const { frameId, access: a, refs, answers } of go) {
    const target: Target = { tabId, frameId };
    try {
      const result =
        req.mode === 'run'
          ? await autofillMessenger.sendMessage('autofillRun', { ...input, refs, answers }, target)
          : await autofillMessenger.sendMessage('autofillPreview', input, target);
      if (result.fields.length > 0) frames.push({ ...result, frameId, access: a });
    } catch (error) {
      // A frame that navigated away or refused the script contributes nothing; keep why for the message.
      errors.push((error as Error).message);
    }
  }
  const report = summarize(req.mode, frames, withheld, errors, input);
  // Why a version chosen for this job was not used (an empty one falls back to the master resume).
  return notes.length ? { ...report, message: `${report.message} ${notes.join(' ')}` } : report;
}

async function undoAll(tabId: number, frameIds: number[]): Promise<AutofillReport> {
  let restored = 0;
  let needsCheck = 0;
  for (const frameId of frameIds) {
    const undone = await autofillMessenger
      .sendMessage('autofillUndo', undefined, { tabId, frameId })
      .catch(() => ({ restored: 0, needsCheck: 0 }));
    restored += undone.restored;
    needsCheck += undone.needsCheck;
  }
  const check = needsCheck
    ? ` Check ${needsCheck} dropdown${needsCheck > 1 ? 's' : ''} (outlined): a chosen option can't always be cleared.`
    : '';
  const text = restored ? `Restored ${restored} fields.${check}` : 'Nothing to undo.';
  return { ...empty(text), ok: restored > 0 };
}

function summarize(
  mode: AutofillMode,
  frames: FrameOutcome[],
  withheld: AutofillReport['withheld'],
  errors: string[],
  input: AutofillInput,
): AutofillReport {
  const waiting = withheld.filter((w) => w.access.kind === 'needs-approval');
  const approvalNote =
    mode === 'run' && waiting.length
      ? ` ${waiting.map((w) => w.access.reason).join(', ')} was not filled: approve it in the side panel’s Autofill preview.`
      : '';
  if (frames.length === 0) {
    const real = errors.find((e) => !/Receiving end does not exist|No response/.test(e));
    const base = real
      ? `Jobraker could not read this form: ${real}`
      : 'No application form found on this page.';
    return { ...empty(base + approvalNote), withheld };
  }
  const filled = frames.reduce((a, f) => a + f.summary.filled, 0);
  const needYou = frames.reduce((a, f) => a + f.summary.needYou, 0);
  const failed = frames.reduce((a, f) => a + f.summary.failed + f.summary.refused, 0);
  const text = fillSummaryText({ filled, needYou, didNotStick: failed }, mode === 'run' ? 'done' : 'planned');
  const contact = input.profile.contact;
  const hint =
    !contact?.email && !contact?.firstName
      ? ' Your profile is empty: add it in Settings (or import a resume).'
      : '';
  return {
    ok: true,
    message: text + hint + approvalNote,
    frames,
    withheld,
    summary: { filled, needYou, failed, text },
  };
}
