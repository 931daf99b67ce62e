/** Standard DOM event helpers that behave like a person's input to React, Vue and Angular. */

type EventKind = 'Event' | 'MouseEvent' | 'KeyboardEvent' | 'FocusEvent' | 'InputEvent';

function viewOf(el: Element): typeof globalThis {
  return (el.ownerDocument?.defaultView ?? globalThis) as typeof globalThis;
}

export function fire(
  el: Element,
  type: string,
  kind: EventKind = 'Event',
  init: Record<string, unknown> = {},
): void {
  const view = viewOf(el) as unknown as Record<string, typeof Event | undefined>;
  const Ctor = view[kind] ?? view.Event ?? Event;
  el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, ...init }));
}

/**
 * Writes through the prototype's value setter: React keeps its own `value` property on
 * each input to remember the last value, and a plain assignment would make it drop the
 * following input event (react#10135).
 */
export function setNativeProperty(el: Element, prop: 'value' | 'checked', value: string | boolean): void {
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const descriptor = Object.getOwnPropertyDescriptor(p, prop);
    if (descriptor?.set) {
      descriptor.set.call(el, value);
      return;
    }
  }
  try {
    (el as unknown as Record<string, unknown>)[prop] = value;
  } catch {
    // a getter-only property (DOM shims): the caller verifies and falls back
  }
}

export function focus(el: Element): void {
  const html = el as HTMLElement;
  html.focus?.();
  if (el.ownerDocument?.activeElement !== el) {
    fire(el, 'focus', 'FocusEvent', { bubbles: false });
    fire(el, 'focusin', 'FocusEvent');
  }
}

export function blur(el: Element): void {
  const html = el as HTMLElement;
  const wasActive = el.ownerDocument?.activeElement === el;
  html.blur?.();
  if (!wasActive) {
    fire(el, 'blur', 'FocusEvent', { bubbles: false });
    fire(el, 'focusout', 'FocusEvent');
  }
}

/** Buttons that would submit their form if clicked: never touched. */
export function submitsForm(el: Element): boolean {
  const tag = el.tagName;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'INPUT') return type === 'submit' || type === 'image';
  if (tag !== 'BUTTON') return false;
  if (type === 'submit') return true;
  return type === '' && !!el.closest('form');
}

/** mousedown → mouseup → click, as a pointer would, refusing anything that submits. */
export function press(el: Element): boolean {
  if (submitsForm(el)) return false;
  fire(el, 'pointerdown', 'MouseEvent');
  fire(el, 'mousedown', 'MouseEvent', { button: 0 });
  fire(el, 'pointerup', 'MouseEvent');
  fire(el, 'mouseup', 'MouseEvent', { button: 0 });
  fire(el, 'click', 'MouseEvent', { button: 0 });
  return true;
}

export function key(el: Element, keyName: string): void {
  fire(el, 'keydown', 'KeyboardEvent', { key: keyName });
  fire(el, 'keyup', 'KeyboardEvent', { key: keyName });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
