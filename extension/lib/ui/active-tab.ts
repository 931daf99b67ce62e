import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { backgroundMessenger as bg } from '../messaging.ts';

/**
 * The saved job (if any) for the page in the active tab, following the user as they switch tabs
 * or navigate, so the side panel shows the posting they are looking at.
 */
export function useActiveTabJobId(): string | null {
  const [jobId, setJobId] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const check = async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.url || !/^https?:/.test(tab.url)) return;
      const status = await bg.sendMessage('urlStatus', { url: tab.url }).catch(() => null);
      if (alive) setJobId(status?.jobId ?? null);
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url || change.status === 'complete') void check();
    };
    const onActivated = () => void check();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void check();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return jobId;
}
