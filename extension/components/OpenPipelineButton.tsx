import { browser } from 'wxt/browser';

/** Opens the full-page Pipeline board in a tab (from the popup and the side panel). */
export function OpenPipelineButton() {
  return (
    <button
      type="button"
      onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/pipeline.html') })}
    >
      Open Pipeline board
    </button>
  );
}
