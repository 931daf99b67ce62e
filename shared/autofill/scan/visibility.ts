/**
 * Visibility without layout: a content script may run before styles apply and the
 * benchmark has no layout at all, so only attributes and inline styles count.
 */

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Off-screen or zero-size tricks used to hide honeypots from people. */
const INLINE_OFFSCREEN =
  /(?:left|top)\s*:\s*-\d{3,}px|(?:^|;)\s*(?:width|height)\s*:\s*[01]px|clip\s*:\s*rect\(\s*0|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)/i;
/** Names ATSs and form kits give their bot traps (Greenhouse `dev_field_*`, `hp_*`, "leave blank"). */
const HONEYPOT_NAME =
  /honey|^hp[_-]|[_-]hp$|trap|bot[_-]?(?:field|check)|leave[\s_-]*(?:this[\s_-]*)?(?:field[\s_-]*)?(?:blank|empty)|do[\s_-]*not[\s_-]*fill|^dev[_-]?field/i;

export function inlineHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  return INLINE_HIDDEN.test(el.getAttribute('style') ?? '');
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode?.() as ShadowRoot | undefined;
  return root && (root as Node).nodeType === 11 ? (root.host ?? null) : null;
}

/** An ancestor (not the element itself) hides its subtree from people or assistive tech. */
export function hiddenByAncestor(el: Element): boolean {
  for (let p = parentAcrossShadow(el); p; p = parentAcrossShadow(p)) {
    if (inlineHidden(p) || p.getAttribute('aria-hidden') === 'true' || p.hasAttribute('inert')) return true;
  }
  return false;
}

/** The element itself is hidden by its own attributes. */
export function hiddenItself(el: Element): boolean {
  return (
    inlineHidden(el) ||
    el.getAttribute('aria-hidden') === 'true' ||
    INLINE_OFFSCREEN.test(el.getAttribute('style') ?? '')
  );
}

/**
 * Honeypot: a text-like control that people cannot see and that has no label to read,
 * or one whose name says it is a trap.
 */
/** A label telling people to leave the box empty is a trap for bots, whatever else the box looks like. */
const LEAVE_EMPTY =
  /\bleave (this|it)?\s*(field|box)?\s*(blank|empty)\b|\bfeld leer lassen\b|\bleer lassen\b|\bshould (be|stay|remain) (empty|blank)\b|\bdeja (este|el) campo (vacio|vacío|en blanco)\b|\blaat (dit|het) (veld )?leeg\b|\blaisse[rz]? ce champ vide\b|\blascia(re)? (questo|il) campo vuoto\b|\blascia(re)? vuoto (questo|il) campo\b/i;

/**
 * Leaving the box empty offered as a choice ("Write a few lines, or leave empty", "you can leave it blank",
 * "feel free to leave this empty"): an optional question, not an order only a bot would disobey.
 */
const EMPTY_OFFERED =
  /\b(or|oder|ou|o|of|can|may|could|free to|optionally|otherwise)\s+(just\s+|also\s+|simply\s+)?(leave|leer|laat|deja|laisse|lascia)\b/i;

/**
 * Leaving it empty under a condition on the person ("Leave empty if you live outside Germany", "If you have none,
 * leave this blank"): the question is for some people only. A condition on being human ("Leave this blank if you
 * are human", "wenn Sie ein Mensch sind") is still the trap's own words.
 */
const EMPTY_IF =
  /\b(leave|leer|laat|deja|laisse|lascia)\b[^.?!]{0,30}\b(if|unless|wenn|falls|si|se|als)\b|\b(if|unless|wenn|falls|si|se|als)\b[^.?!]{0,60}\b(leave|leer lassen)\b/i;
const ABOUT_BEING_HUMAN = /\b(human|person|people|robots?|bots?|spam\w*|mensch|humain|humano|umano|mens)\b/i;

export const tellsToLeaveEmpty = (labelText: string): boolean =>
  LEAVE_EMPTY.test(labelText) &&
  !EMPTY_OFFERED.test(labelText) &&
  !(EMPTY_IF.test(labelText) && !ABOUT_BEING_HUMAN.test(labelText));

export function looksLikeHoneypot(el: Element, labelText: string, hidden: boolean): boolean {
  if (tellsToLeaveEmpty(labelText)) return true;
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const textLike = tag === 'textarea' || (tag === 'input' && !['file', 'checkbox', 'radio'].includes(type));
  if (!textLike) return false;
  if (namedAsTrap(el)) return true;
  const tabbedOut = el.getAttribute('tabindex') === '-1';
  // Out of the tab order with the browser's autofill turned off: a box kept from people and password
  // managers alike, hidden by a stylesheet class we cannot read before layout.
  if (tabbedOut && el.getAttribute('autocomplete') === 'off') return true;
  if (!hidden) return false;
  return !labelText || tabbedOut || mutedAlone(el);
}

/** The controls a person could fill (not a form's hidden values or its buttons). */
const FILLABLE =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

/** What a step, slide or dialog has around its question and a bare field wrapper has not. */
const STEP_PARTS = 'button, [role=button], h1, h2, h3, h4, h5, h6, [role=heading]';

/**
 * A box alone in a bare block hidden from assistive tech (`<div class="hp" aria-hidden="true">` around
 * one labelled "Homepage" box, its hiding left to a stylesheet): the page tells screen readers to skip a
 * question it still labels, so nobody is meant to answer it. A hidden wizard step or panel holds many
 * boxes; a one-question slide or a closed dialog also holds its title and buttons, and is shown later.
 */
export function mutedAlone(el: Element): boolean {
  const wrapper = el.parentElement?.closest('[aria-hidden="true"]');
  return (
    !!wrapper &&
    wrapper.querySelectorAll(FILLABLE).length === 1 &&
    !wrapper.querySelector(STEP_PARTS) &&
    !oneOfHiddenCards(wrapper)
  );
}

/**
 * A card form (one question per screen, Jotform's or Typeform's) hides every card but the current one
 * the same way: a muted block among muted siblings that hold questions too is a card shown later,
 * whereas a honeypot is the one muted block among visible ones.
 */
function oneOfHiddenCards(wrapper: Element): boolean {
  const siblings = Array.from(wrapper.parentElement?.children ?? []).filter(
    (s) => s !== wrapper && s.getAttribute('aria-hidden') === 'true' && s.querySelector(FILLABLE),
  );
  return siblings.length >= 2;
}

/** A control whose name or id says it is a bot trap (`hp_email`, `MobilePhone_hp`, `leave_blank`). */
export function namedAsTrap(el: Element): boolean {
  const ids = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('autocomplete') ?? ''}`;
  return (
    HONEYPOT_NAME.test(ids.trim().split(/\s+/).join(' ')) ||
    ids.split(/\s+/).some((t) => HONEYPOT_NAME.test(t))
  );
}
