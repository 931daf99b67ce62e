/** Opens the side panel (Chrome) or sidebar (Firefox). Must run inside a user gesture. */
export async function openSidePanel(): Promise<void> {
  const firefox = (globalThis as { browser?: { sidebarAction?: { open(): Promise<void> } } }).browser;
  if (firefox?.sidebarAction) return firefox.sidebarAction.open();
  const win = await chrome.windows.getCurrent();
  if (win.id !== undefined) await chrome.sidePanel.open({ windowId: win.id });
}
