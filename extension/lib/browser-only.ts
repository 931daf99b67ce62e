import { browser } from 'wxt/browser';

/**
 * The few extension APIs that one browser has and the other lacks. Everything else goes through
 * `browser` from 'wxt/browser' (webextension-polyfill: one promise-based API in Chrome and
 * Firefox); each API here is named for its browser and is undefined where that browser is not.
 */

/** Chrome only: the side panel (Firefox has its sidebar instead). */
export const chromeSidePanel = (): typeof chrome.sidePanel | undefined =>
  (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;

/** Firefox only: the sidebar, Firefox's side panel. */
export const firefoxSidebar = (): { open(): Promise<void> } | undefined =>
  (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

/**
 * Chrome only: opens a closed shadow root from a content script (Chrome 88+). Takes HTML elements
 * only, throwing on others (SVG icons inside widgets). Firefox puts `openOrClosedShadowRoot` on the
 * element itself.
 */
export const chromeOpenOrClosedShadowRoot = (): ((el: HTMLElement) => ShadowRoot | null) | undefined => {
  const dom = (
    globalThis as { chrome?: { dom?: { openOrClosedShadowRoot(e: HTMLElement): ShadowRoot | null } } }
  ).chrome?.dom;
  return dom ? (el) => dom.openOrClosedShadowRoot(el) : undefined;
};

/**
 * Chrome only: buttons on a notification (Snooze, Done). Firefox shows none and rejects the option; there a
 * click on the notification opens the job, and Done and Snooze are in the popup's Today list.
 */
export const chromeNotificationButtons = (): boolean =>
  !(browser.runtime as unknown as { getBrowserInfo?: unknown }).getBrowserInfo;
