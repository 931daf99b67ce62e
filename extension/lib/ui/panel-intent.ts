import { useEffect, useState } from 'react';
import { type Browser, browser } from 'wxt/browser';
import { PANEL_INTENT_KEY, PANEL_INTENT_TTL_MS, type PanelIntent } from '../background/panel-intent.ts';

/**
 * Why the side panel was opened, when the in-page Autofill button opened it: a number that
 * changes with every such request (0 until one comes), so the panel shows the Autofill preview.
 */
export function useAutofillRequests(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const area = browser.storage?.session;
    if (!area) return;
    const take = (intent: PanelIntent | undefined) => {
      if (intent?.view !== 'autofill' || Date.now() - intent.at > PANEL_INTENT_TTL_MS) return;
      void area.remove(PANEL_INTENT_KEY);
      setCount((n) => n + 1);
    };
    void area.get(PANEL_INTENT_KEY).then((v) => take(v[PANEL_INTENT_KEY] as PanelIntent | undefined));
    const listener = (changes: Record<string, Browser.storage.StorageChange>, name: string) => {
      if (name === 'session' && changes[PANEL_INTENT_KEY])
        take(changes[PANEL_INTENT_KEY].newValue as PanelIntent | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return count;
}
