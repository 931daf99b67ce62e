import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { checkCaller, checkCallerSync, NotAllowedFromPage } from './sender-policy.ts';

// The fake browser's own extension id and origin (chrome-extension://test-extension-id/).
const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/');
const executeScript = vi.fn();

beforeEach(() => {
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(executeScript);
});
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  executeScript.mockReset();
});

const page = {
  id: ID,
  url: 'https://evil.example/',
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
};
const panel = { id: ID, url: `${ORIGIN}sidepanel.html` };

describe('who may ask the background for what', () => {
  it('takes anything from Jobraker’s own pages', async () => {
    expect(checkCallerSync('saveProfile', panel)).toBe('extension');
    await expect(checkCaller('exportData', panel)).resolves.toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('refuses a web page everything but a few requests', () => {
    for (const type of ['saveProfile', 'exportData', 'importData', 'autofillTab', 'moveJob', 'saveDraft'])
      expect(() => checkCallerSync(type, page)).toThrow(NotAllowedFromPage);
    expect(checkCallerSync('urlStatus', page)).toBe('web-page');
  });

  it('lets a page’s request write only while its frame holds a live user gesture', async () => {
    executeScript.mockResolvedValueOnce([{ result: false }]);
    await expect(checkCaller('captureTab', page)).rejects.toThrow(/right after you click/);
    executeScript.mockResolvedValueOnce([{ result: true }]);
    await expect(checkCaller('captureTab', page)).resolves.toBeUndefined();
    expect(executeScript).toHaveBeenLastCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }),
    );
    // A tab that cannot be checked counts as no gesture.
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 0 was removed.'));
    await expect(checkCaller('applicationSubmitted', page)).rejects.toThrow(/right after you click/);
  });

  it('treats another extension’s page as a web page', () => {
    expect(() =>
      checkCallerSync('exportData', { id: 'other', url: 'chrome-extension://other/x.html' }),
    ).toThrow(NotAllowedFromPage);
  });
});
