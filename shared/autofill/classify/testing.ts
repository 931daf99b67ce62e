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
