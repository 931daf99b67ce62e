/**
 * In-page UI that the page cannot reach: a host element with a closed shadow root (page script gets
 * null from `host.shadowRoot`), and buttons that act only on trusted input. A script's `click()` or
 * `dispatchEvent` makes an event with `isTrusted` false; only the person's own click or key makes
 * a true one.
 */

export interface ClosedUi {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** A custom-element-named host with a closed shadow root, appended to <html>. */
export function mountClosedUi(tag: string, css: string, signal: AbortSignal): ClosedUi {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.append(host);
  const remove = () => host.remove();
  signal.addEventListener('abort', remove, { once: true });
  return { host, root, remove };
}

/** Runs `action` for the person's own clicks (and Enter/Space on a focused button) only. */
export function onTrustedClick(
  button: HTMLElement,
  action: (event: MouseEvent) => void,
  signal: AbortSignal,
): void {
  button.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      action(event);
    },
    { signal },
  );
}
