import type { FieldDescriptor } from '../types.ts';
import { closestRole, closestTag, labelsFor } from './dom.ts';

/**
 * Can a person see this control? Judged from the page's real layout, for a content script (the
 * benchmark has no layout and keeps the attribute-only judgement of visibility.ts). A hostile page
 * hides fields with stylesheet classes, off-screen positions, transparency, clipping, zero sizes,
 * closed <details> and content-visibility, then reads what autofill wrote into them: every such
 * trick makes the field hidden here. The result is a reason in words, or null when it is seen.
 */

/** Smaller than this in either dimension, a text box cannot be read or typed into. */
const MIN_SIDE = 4;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const viewOf = (el: Element) => el.ownerDocument?.defaultView ?? null;

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode?.() as ShadowRoot | undefined;
  return root && (root as Node).nodeType === 11 ? (root.host ?? null) : null;
}

/** `clip-path: inset(50%)` and its kin clip a box away entirely. */
function clipPathHidesAll(value: string): boolean {
  if (!value || value === 'none') return false;
  const inset = /^inset\(([^)]*)\)/.exec(value);
  if (inset) {
    const parts = inset[1]!
      .split(/\s+/)
      .filter((p) => /%$/.test(p))
      .map((p) => Number.parseFloat(p));
    const [t = 0, r = t, b = t, l = r] = parts;
    return t + b >= 100 || l + r >= 100;
  }
  return /^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(value);
}

/** `clip: rect(0 0 0 0)` (absolute positioning only): the visible part of the box, in px. */
function clipRectArea(value: string): number | null {
  const m = /^rect\(([^)]*)\)/.exec(value);
  if (!m) return null;
  const [top = 0, right = 0, bottom = 0, left = 0] = m[1]!
    .split(/[\s,]+/)
    .map((p) => Number.parseFloat(p) || 0);
  return Math.max(0, right - left) * Math.max(0, bottom - top);
}

/** Why one element (and what it sits in) is not seen, from styles and boxes; null when it is. */
export function elementHiddenReason(el: Element): string | null {
  const view = viewOf(el);
  if (!view || typeof (el as HTMLElement).getBoundingClientRect !== 'function') return null;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (
    check &&
    !check.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false })
  )
    return 'hidden by the page’s styles';
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIDE || rect.height < MIN_SIDE) return 'too small to see';
  const doc = el.ownerDocument;
  const x = view.scrollX;
  const y = view.scrollY;
  const width = Math.max(doc.documentElement.scrollWidth, doc.body?.scrollWidth ?? 0);
  if (rect.right + x <= 0 || rect.bottom + y <= 0 || rect.left + x >= width) return 'placed off the screen';
  let visible: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const style = view.getComputedStyle(node);
    if (clipPathHidesAll(style.clipPath)) return 'clipped away';
    if (style.position === 'absolute' || style.position === 'fixed') {
      const area = clipRectArea(style.clip);
      if (area !== null && area < MIN_SIDE * MIN_SIDE) return 'clipped away';
    }
    if (node === el) continue;
    const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
    const scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
    if (!clips && !scrolls) continue;
    const box = node.getBoundingClientRect();
    if (box.width < MIN_SIDE || box.height < MIN_SIDE) return 'inside a box too small to see';
    if (!clips) continue;
    visible = {
      left: Math.max(visible.left, box.left),
      top: Math.max(visible.top, box.top),
      right: Math.min(visible.right, box.right),
      bottom: Math.min(visible.bottom, box.bottom),
    };
    if (visible.right - visible.left < MIN_SIDE || visible.bottom - visible.top < MIN_SIDE)
      return 'cut off by the box around it';
  }
  return null;
}

/**
 * What a person looks at in place of a control that is hidden by design: the label of a styled
 * radio or checkbox, the "Attach" area around a file input, the box a custom combobox draws.
 */
function standIns(field: FieldDescriptor, el: Element): Element[] {
  const out: Element[] = [...labelsFor(el)];
  const label = closestTag(el, 'LABEL');
  if (label) out.push(label);
  const role = closestRole(el, 'checkbox', 'radio', 'combobox');
  if (role && role !== el) out.push(role);
  if (field.kind === 'file' || field.kind === 'select' || field.kind === 'combobox') {
    // Only a box dedicated to this control: one that holds another question proves nothing.
    const own = new Set(field.elements);
    let up = el.parentElement;
    for (let depth = 0; up && depth < 3; depth++, up = up.parentElement) {
      const others = Array.from(up.querySelectorAll(OTHER_CONTROLS)).filter((c) => !own.has(c));
      if (others.length > 1) break;
      out.push(up);
    }
  }
  return out;
}

/** Controls that would make a box more than one field's stand-in (react-select adds one input). */
const OTHER_CONTROLS = 'input:not([type=hidden]):not([type=button]):not([type=submit]), select, textarea';

/**
 * Why a person cannot see this field, or null when they can. Choices count as seen when one of
 * their options (or its label) is; text boxes must be seen themselves.
 */
export function fieldHiddenReason(field: FieldDescriptor): string | null {
  let reason: string | null = null;
  for (const el of field.elements) {
    const own = elementHiddenReason(el);
    if (!own) return null;
    reason ??= own;
    const textLike = ['text', 'email', 'tel', 'url', 'number', 'date', 'textarea'].includes(field.kind);
    if (textLike) continue;
    // A stand-in only vouches for a control that is not itself placed out of reach.
    if (own === 'placed off the screen' && field.kind !== 'file') continue;
    if (standIns(field, el).some((s) => !elementHiddenReason(s))) return null;
  }
  return reason;
}
