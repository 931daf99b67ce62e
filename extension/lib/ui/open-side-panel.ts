import { browser } from 'wxt/browser';
import { chromeSidePanel, firefoxSidebar } from '../browser-only.ts';

/** Opens the side panel (Chrome) or sidebar (Firefox). Must run inside a user gesture. */
export async function openSidePanel(): Promise<void> {
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  const win = await browser.windows.getCurrent();
  if (win.id !== undefined) await chromeSidePanel()?.open({ windowId: win.id });
}
