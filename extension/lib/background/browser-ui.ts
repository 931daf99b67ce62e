import { browser } from 'wxt/browser';
import { chromeSidePanel } from '../browser-only.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { autofillTab } from './autofill-tab.ts';
import { captureTab } from './capture-tab.ts';

export const SAVE_MENU_ID = 'jobraker-save-job';

/** Context menu, keyboard shortcut and side panel wiring: the browser's own entry points to capture. */
export function registerBrowserUi(db: JobrakerDatabase): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: 'Save job to Jobraker',
      contexts: ['page', 'selection', 'link'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void captureTab(db, { tabId: tab?.id });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-job') void captureTab(db, { tabId: tab?.id });
    if (command === 'autofill') void autofillTab(db, { tabId: tab?.id, mode: 'run' });
  });
  // The toolbar button opens the popup; the popup's "Open side panel" opens the panel.
  chromeSidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});
}
