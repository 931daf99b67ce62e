import type { FrameReport } from '../../../shared/autofill/frames.ts';
import { elementHiddenReason } from '../../../shared/autofill/scan/layout.ts';

/** The <iframe> element holding this frame, when the parent is the same origin (else null). */
function ownFrameElement(): Element | null {
  try {
    return window.frameElement;
  } catch {
    return null;
  }
}

/**
 * This frame as autofill's frame policy needs it: its size, whether its own <iframe> is seen
 * (readable only from a same-origin parent), and how each iframe it holds is shown.
 */
export function describeFrame(frameId: number): FrameReport {
  const isTop = window.top === window;
  const holder = isTop ? null : ownFrameElement();
  const children = Array.from(document.querySelectorAll('iframe, frame')).map((el) => ({
    src: (el as HTMLIFrameElement).src || 'about:blank',
    hidden: elementHiddenReason(el),
  }));
  return {
    frameId,
    url: location.href,
    width: window.innerWidth,
    height: window.innerHeight,
    ...(isTop ? {} : holder ? { elementHidden: elementHiddenReason(holder) } : {}),
    children,
  };
}
