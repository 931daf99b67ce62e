import { browser } from 'wxt/browser';
import { chromeSidePanel, firefoxSidebar } from '../browser-only.ts';

/**
 * The in-page Autofill button does not fill: it opens the side panel on the Autofill tab, where the
 * person sees every field and value before pressing Fill. The panel learns why it was opened from
 * an intent kept in session storage (readable by extension pages only, never by content scripts).
 */

export interface PanelIntent {
  view: 'autofill';
  tabId: number;
  at: number;
}

export const PANEL_INTENT_KEY = 'panelIntent';

/** An intent older than this was not meant for a panel opening now. */
export const PANEL_INTENT_TTL_MS = 15_000;

/** Opens the panel for the tab. Call synchronously from the gesture's message handler. */
function openPanel(tabId: number): Promise<void> {
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  const panel = chromeSidePanel();
  return panel ? panel.open({ tabId }) : Promise.reject(new Error('This browser has no side panel.'));
}

export function openAutofillPanel(tabId: number | undefined): Promise<{ opened: boolean; message: string }> {
  if (tabId === undefined) return Promise.resolve({ opened: false, message: 'No tab to fill.' });
  let opening: Promise<void>;
  try {
    opening = openPanel(tabId);
  } catch (error) {
    opening = Promise.reject(error);
  }
  return opening.then(
    async () => {
      const intent: PanelIntent = { view: 'autofill', tabId, at: Date.now() };
      await browser.storage.session.set({ [PANEL_INTENT_KEY]: intent });
      return { opened: true, message: 'Review the fields in the Jobraker panel, then press Fill.' };
    },
    () => ({
      opened: false,
      message: 'Open the Jobraker side panel (toolbar button → Open side panel) to review and fill.',
    }),
  );
}
