import { base64ToBytes } from '../../../shared/domain/base64.ts';
import type { AutofillInput } from './protocol.ts';

/** Closed shadow roots are reachable from a content script (Chrome 88+; Firefox has its own). */
const chromeDom = (chrome as unknown as { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } })
  .dom;
export const getShadowRoot = (el: Element): ShadowRoot | null => {
  // Chrome's API takes HTML elements only and throws on others (SVG icons inside widgets).
  if (chromeDom && el instanceof HTMLElement) {
    try {
      return chromeDom.openOrClosedShadowRoot(el);
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
