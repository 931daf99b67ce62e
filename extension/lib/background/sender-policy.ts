import { type Browser, browser } from 'wxt/browser';
/**
 * Who sent a message to the background. Jobraker's own pages (popup, side panel, options) are
 * trusted; a content script speaks for a web page, and every web page may be hostile. A page's
 * script cannot message us itself, but it can click our in-page UI or forge the events our content
 * scripts watch; so the background takes only a few requests from content scripts, and those that
 * write only while the page's frame holds a live user gesture (a real click or key press).
 */

export type Caller = 'extension' | 'web-page';

/** What a content script may ask for: a read, or a write that needs a live user gesture. */
export const WEB_PAGE_MESSAGES: Record<string, 'read' | 'gesture'> = {
  urlStatus: 'read',
  captureTab: 'gesture',
  openAutofillPanel: 'gesture',
  applicationSubmitted: 'gesture',
};

export function callerOf(sender: Browser.runtime.MessageSender | undefined): Caller {
  const ours = browser.runtime.getURL('');
  return sender?.id === browser.runtime.id && sender.url?.startsWith(ours) ? 'extension' : 'web-page';
}

export class NotAllowedFromPage extends Error {
  constructor(type: string) {
    super(`“${type}” can only be started from Jobraker itself (the popup, side panel or settings).`);
    this.name = 'NotAllowedFromPage';
  }
}

export class NoUserGesture extends Error {
  constructor() {
    super('Jobraker acts on a page only right after you click or press a key there. Try again.');
    this.name = 'NoUserGesture';
  }
}

/**
 * True while the sender's frame has transient user activation: the browser sets it only for real
 * input (a script's synthetic click never does) and keeps it a few seconds.
 */
export async function hasUserGesture(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      func: () =>
        (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive ===
        true,
    });
    return result?.result === true;
  } catch {
    return false;
  }
}

/** Throws unless this caller may send this message now. Synchronous for extension pages. */
export function checkCallerSync(type: string, sender: Browser.runtime.MessageSender | undefined): Caller {
  const caller = callerOf(sender);
  if (caller === 'web-page' && !WEB_PAGE_MESSAGES[type]) throw new NotAllowedFromPage(type);
  return caller;
}

/** The full check, gesture included, for a message that writes. */
export async function checkCaller(
  type: string,
  sender: Browser.runtime.MessageSender | undefined,
): Promise<void> {
  const caller = checkCallerSync(type, sender);
  if (caller === 'web-page' && WEB_PAGE_MESSAGES[type] === 'gesture' && !(await hasUserGesture(sender!)))
    throw new NoUserGesture();
}
