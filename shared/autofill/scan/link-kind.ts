import { chosenOption, clean } from './dom.ts';

/**
 * A link box whose kind a dropdown just before it picks ("Network: [LinkedIn ▾]  Profile URL: [____]", as
 * SmartRecruiters and many CMS profile rows draw it): the box asks for the link of the kind shown.
 */

/** Options that name a kind of profile or site link. */
const LINK_KIND =
  /\b(linked ?in|xing|git ?hub|git ?lab|twitter|facebook|instagram|behance|dribbble|stack ?overflow|web ?site|webseite|site web|sitio web|portfolio|blog)\b/i;

const optionsOf = (select: Element) => Array.from(select.querySelectorAll('option'));

/** The option a select shows: the chosen one, else the first. */
const shownOption = (select: Element) => clean((chosenOption(select) ?? optionsOf(select)[0])?.textContent);

/** A select (right before the box, or alone in the cell before the box's cell) whose choices are kinds of link. */
function kindChooser(el: Element): Element | null {
  for (const e of [el, el.parentElement]) {
    const before = e?.previousElementSibling;
    if (!before) continue;
    const selects = before.tagName === 'SELECT' ? [before] : Array.from(before.querySelectorAll('select'));
    if (selects.length !== 1 || before.querySelectorAll('input, textarea').length) continue;
    const select = selects[0]!;
    const kinds = optionsOf(select).filter((o) => LINK_KIND.test(clean(o.textContent))).length;
    if (kinds >= 2) return select;
  }
  return null;
}

/** The kind of link the dropdown before a url / text box shows ("LinkedIn"), or '' (none, or "Other"). */
function chosenLinkKind(el: Element): string {
  if (el.tagName !== 'INPUT' || !/^(url|text|)$/i.test(el.getAttribute('type') ?? '')) return '';
  const chooser = kindChooser(el);
  const shown = chooser ? shownOption(chooser) : '';
  return LINK_KIND.test(shown) ? shown : '';
}

/** A box's label qualified by the kind of link the dropdown before it shows ("LinkedIn Profile URL"). */
export function withLinkKind(el: Element, label: string): string {
  const kind = label ? chosenLinkKind(el) : '';
  return kind ? `${kind} ${label}` : label;
}
