import { type Browser, browser } from 'wxt/browser';
import { enrichDraft } from '../../../shared/capture/enrich/enrich.ts';
import type { CapturedJob } from '../../../shared/capture/types.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { type CaptureResult, contentMessenger } from '../messaging.ts';
import { saveDraft, statusForUrl } from '../services/jobs.ts';

/** Pages a content script can read: web pages and local files, not browser or store pages. */
export const isWebPage = (url: string | undefined): url is string => !!url && /^(https?|file):/.test(url);

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(5000),
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${new URL(url).host}`);
  return response.json();
}

/** The tab a capture is about: the given one, else the active web tab (skipping our own pages). */
export async function resolveTargetTab(tabId?: number): Promise<Browser.tabs.Tab | undefined> {
  if (tabId !== undefined) return browser.tabs.get(tabId);
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (isWebPage(active?.url)) return active;
  // Opened as a tab (or detached), our own page is the active one: use the last web tab the user saw.
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((t) => isWebPage(t.url))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** Runs the extractor in the page and returns its draft (null when the page can't be read). */
async function extractFromTab(tabId: number): Promise<CapturedJob | null> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] });
  return (frame?.result as CapturedJob | null | undefined) ?? null;
}

export async function captureTab(
  db: JobrakerDatabase,
  opts: { tabId?: number; save?: boolean } = {},
): Promise<CaptureResult> {
  const tab = await resolveTargetTab(opts.tabId);
  if (!tab?.id || !isWebPage(tab.url)) {
    return {
      ok: false,
      reason: 'unavailable',
      message: 'Open a job posting in a tab first. Browser pages and the extension store cannot be read.',
      draft: null,
    };
  }
  let draft: CapturedJob | null;
  try {
    draft = await extractFromTab(tab.id);
  } catch (error) {
    return {
      ok: false,
      reason: 'unavailable',
      message: `Jobraker could not read this page: ${(error as Error).message}`,
      draft: null,
    };
  }
  if (!draft?.isPosting || !draft.fields.title) {
    // Hand back whatever was found so the manual form starts prefilled.
    return { ok: false, reason: 'no-posting', message: 'No job posting found here.', draft };
  }
  if (opts.save === false) {
    return { ok: false, reason: 'no-posting', message: 'Preview only.', draft };
  }
  // Fill what the page lacked from the ATS's public API (Greenhouse, Lever, Ashby); a failure is
  // recorded on the job and changes nothing else.
  if (draft.gaps.length > 0) draft = (await enrichDraft(draft, fetchJson)) as CapturedJob;
  const save = await saveDraft(db, draft);
  const status = await statusForUrl(db, draft.canonicalUrl, draft.url);
  if (status) contentMessenger.sendMessage('postingSaved', status, tab.id).catch(() => {});
  return { ok: true, save, draft };
}
