import type { FieldDescriptor } from '../types.ts';
import { normalize } from './text.ts';

/** A select's first option that only prompts ("Distrito…", "-- Select state --") names the question. */
export function promptOption(field: FieldDescriptor): string {
  if (field.kind !== 'select') return '';
  const text = normalize(field.options[0]?.text ?? '');
  if (
    !/(\.\.\.|…)$|^-+.*-+$|^(select|choose|pick|selecione|seleccione|seleziona|choisissez|wahlen|kies)\b/.test(
      text,
    )
  )
    return '';
  return text
    .replace(/^-+\s*|\s*-+$/g, '')
    .replace(
      /^(select|choose|pick|selecione|seleccione|seleziona|choisissez|wahlen sie|wahlen|kies)( (a|an|your|o|a|um|uma|un|una|il|la|le|votre|ihr|ihre|je))?\s*/,
      '',
    )
    .replace(/(\.\.\.|…)$/, '')
    .trim();
}
