/**
 * Multi-step single-page forms (Workday) swap their fields without navigating: call
 * `onChange` once a burst of DOM mutations has settled, so the caller re-scans.
 */
export interface WatchOptions {
  /** Quiet time after the last mutation before onChange runs. */
  quietMs?: number;
  /** Stops watching (content scripts tear down everything they start). */
  signal?: AbortSignal;
}

export interface FormWatcher {
  destroy: () => void;
  /** Same as destroy (callers name it either way). */
  stop: () => void;
}

const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'disabled', 'type'];

export function watchForm(root: Node, onChange: () => void, options: WatchOptions = {}): FormWatcher {
  const view = ((root as Document).defaultView ??
    root.ownerDocument?.defaultView ??
    globalThis) as typeof globalThis;
  const Observer = view.MutationObserver ?? globalThis.MutationObserver;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new Observer(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, options.quietMs ?? 150);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  const destroy = () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  };
  options.signal?.addEventListener('abort', destroy, { once: true });
  return { destroy, stop: destroy };
}
