import { base64ToBytes } from '../../../shared/domain/base64.ts';
import { chromeOpenOrClosedShadowRoot } from '../browser-only.ts';
import type { AutofillInput } from './protocol.ts';

/** Closed shadow roots are reachable from a content script (Chrome's API; Firefox has its own). */
const openInChrome = chromeOpenOrClosedShadowRoot();
export const getShadowRoot = (el: Element): ShadowRoot | null => {
  if (openInChrome && el instanceof HTMLElement) {
    try {
      return openInChrome(el);
    } catch {
      return el.shadowRoot;
    }
  }
  return (
    (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot
  );
};

/** The stored resume as the File a file input receives. */
export function toFile(resume: AutofillInput['resume']): File | undefined {
  if (!resume?.base64) return undefined;
  const bytes = base64ToBytes(resume.base64);
  return new File([bytes], resume.name, { type: resume.type });
}
