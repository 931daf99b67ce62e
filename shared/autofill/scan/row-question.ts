import { closestTag, textOf } from './dom.ts';
import { meaningful } from './labels.ts';
import { CONTROLS } from './section-heading.ts';

/** Where a question's own words stop being its: the block around several questions, or the form. */
const BLOCK = new Set(['FIELDSET', 'FORM', 'BODY']);
/** A question, with the mark forms put after a required one ("… in the UK? *"). */
const ASKS = /\?\s*\*?\s*$/;

/**
 * The question printed in a choice group's own row, before its first choice: "Do you have the right to work
 * in the UK?" in `<div><span>…?</span><span>hint</span><label><input type=radio> Yes</label>…</div>` inside a
 * fieldset titled "About this application". The fieldset's legend names the section, not this question;
 * a fieldset or group of the choices' own is read as their question elsewhere (groupText), so the walk stops
 * there. Read only under a section's legend, and only a question ("…?"), not help printed beside it.
 */
export function rowQuestionBefore(anchor: Element, choices: readonly Element[]): string {
  if (!legendOfSection(anchor, choices)) return '';
  let branch = choiceTable(anchor, choices) ?? anchor;
  for (let depth = 0; depth < 3; depth++) {
    const row = branch.parentElement;
    if (!row || BLOCK.has(row.tagName)) return '';
    const role = row.getAttribute('role');
    if (role === 'group' || role === 'radiogroup') return '';
    const texts: string[] = [];
    for (let c = row.firstElementChild; c && c !== branch; c = c.nextElementSibling) {
      if (c.matches(CONTROLS) || c.querySelector(CONTROLS)) continue;
      const t = textOf(c, 300);
      if (meaningful(t)) texts.push(t);
    }
    if (texts.length) return texts.find((t) => ASKS.test(t)) ?? '';
    branch = row;
  }
  return '';
}

/**
 * A table that lays out these choices and nothing else (ASP.NET's RadioButtonList renders `<table><tr><td>
 * <input type=radio>…`): one branch of the row, so the question before the table is read as the choices' own.
 */
function choiceTable(anchor: Element, choices: readonly Element[]): Element | null {
  const table = closestTag(anchor, 'TABLE');
  if (!table) return null;
  const own = new Set(choices);
  return Array.from(table.querySelectorAll(CONTROLS)).every((c) => own.has(c)) ? table : null;
}

/** The choices sit in a fieldset whose legend titles a section: it holds other questions' controls too. */
function legendOfSection(anchor: Element, choices: readonly Element[]): boolean {
  const fieldset = closestTag(anchor, 'FIELDSET');
  if (!fieldset || !Array.from(fieldset.children).some((c) => c.tagName === 'LEGEND')) return false;
  const own = new Set(choices);
  return Array.from(fieldset.querySelectorAll(CONTROLS)).some((c) => !own.has(c));
}
