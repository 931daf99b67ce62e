import { textOf } from './dom.ts';
import { meaningful } from './labels.ts';

/**
 * Which heading titles a control. A heading that sits inside a block with boxes of its own ("Previous Employment
 * with …" above the former-employee boxes, in a sub-section div) titles that block only: a control after the block
 * is back under the heading before it. A heading whose parent holds no control (a card's title bar) titles what
 * follows, up to the next heading, as document order says.
 */

/** What a person fills in, as opposed to the words around it. */
export const CONTROLS = 'input, select, textarea, [role=combobox], [role=radio], [role=checkbox]';

interface Titled {
  text: string;
  /** The block it titles, or null when it titles whatever follows. */
  block: Element | null;
}

/** Whether `el` lies inside `block`, across shadow roots (a control drawn in a web component's root). */
function within(block: Element, el: Element): boolean {
  let node: Node | null = el;
  while (node) {
    if (node === block) return true;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return false;
}

export function headingTracker(): { heading(el: Element): void; titleOf(control: Element): string } {
  const open: Titled[] = [];
  const closeBefore = (el: Element) => {
    for (let top = open.at(-1); top?.block && !within(top.block, el); top = open.at(-1)) open.pop();
  };
  return {
    heading(el) {
      const text = textOf(el, 150);
      if (!meaningful(text)) return;
      closeBefore(el);
      const parent = el.parentElement;
      const block = parent?.querySelector(CONTROLS) ? parent : null;
      // it replaces the heading of the same block, and an unscoped one replaces an unscoped one; a heading of a
      // block inside keeps the one before it for the controls after that block
      while (open.length && open.at(-1)?.block === block) open.pop();
      open.push({ text, block });
    },
    titleOf(control) {
      closeBefore(control);
      return open.at(-1)?.text ?? '';
    },
  };
}
