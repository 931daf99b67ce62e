import { parseHTML } from 'linkedom';
import type { ClassifiedField, FieldType } from '../types.ts';
import { classifyForm } from './classify-form.ts';

/** Test helpers: classify a snippet as the body of one <form>, and write the usual question shapes. */

export function classifyInForm(html: string): ClassifiedField[] {
  return classifyForm(
    parseHTML(`<!doctype html><html><body><form>${html}</form></body></html>`).document as never,
  );
}

/** The type of every field of the snippet, in page order. */
export function typesInForm(html: string): FieldType[] {
  return classifyInForm(html).map((f) => f.classification.type);
}

/** A radio question under a fieldset legend, one radio per option. */
export function radios(question: string, name: string, options: readonly string[]): string {
  const choices = options.map((o) => `<label><input type="radio" name="${name}">${o}</label>`).join('');
  return `<fieldset><legend>${question}</legend>${choices}</fieldset>`;
}

/** A yes/no radio question, in the form's own words for yes and no. */
export function yesNo(question: string, name: string, yes = 'Yes', no = 'No'): string {
  return radios(question, name, [yes, no]);
}

// Builders of the block-subject tests (block-subject*.test.ts): a captioned box, a placeholder-only box, the
// candidate's own details, and a block title printed as plain text.
/** A box captioned by its label. */
export const box = (id: string, label: string, type = 'text') =>
  `<div><label for="${id}">${label}</label><input id="${id}" name="${id}" type="${type}"></div>`;
/** A box with no caption but its placeholder. */
export const bare = (id: string, placeholder: string, type = 'text') =>
  `<div><input id="${id}" name="${id}" type="${type}" placeholder="${placeholder}"></div>`;
export const candidate = `<h2>About you</h2>${box('n', 'Full name')}${box('e', 'Email', 'email')}${box('p', 'Phone', 'tel')}`;
/** A block title and its intro, printed as plain text (no heading element, no legend). */
export const block = (title: string, intro = '') =>
  `<div class="title">${title}</div>${intro ? `<p>${intro}</p>` : ''}`;
