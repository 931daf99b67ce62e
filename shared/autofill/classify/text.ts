/** Text normalisation shared by the classifier and the planner. */

/** Lower-case, accents removed, decorations ('*', '✱', '(optional)') dropped, spaces collapsed. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // Kana voicing marks (が = か + ゙) are not accents: put them back.
      .normalize('NFC')
      .toLowerCase()
      // Letters that do not decompose (Polish ł, Nordic ø and æ, German ß stays: the rules spell it both ways).
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      // (Danish / Norwegian æ is a letter of its own: "nåværende" → "navaerende")
      .replace(/æ/g, 'ae')
      // (Oracle APEX writes its required marker into the label: "Nombre (Valor necesario)".)
      .replace(
        /\((optional|required|requis|obligatoire|opcional|pflichtfeld|valor necesario|value required)\)/g,
        ' ',
      )
      // Japanese forms mark a field required or optional after its caption ("志望動機任意", "氏名必須").
      .replace(/\s*[（(]?(必須|任意)[)）]?$/u, '')
      // Inclusive endings ("autorizzato/a", "autorisé(e)", "Ingénieur·e") are one word for the rules.
      .replace(/(?<=\p{L}{3})(\/[ao]|\([ae]\)|·e)(?!\p{L})/gu, '')
      // Spanish opens a question or an exclamation with its mark turned over ("¿En qué empresa…?"): rules anchor on the first word.
      .replace(/[*✱¿¡]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** name / id attributes as words: `job_application[first_name]`, `firstName` → "... first name". */
export function nameWords(...values: string[]): string {
  return values
    .map((v) =>
      v
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/[_\-[\].:]+/g, ' ')
        .toLowerCase()
        .trim(),
    )
    .filter(Boolean)
    .join(' | ');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

const STOP = new Set(
  'a an the and or of to in on for with your you do are is be will we us our this that at as by from have has any please what which'.split(
    ' ',
  ),
);

/** Content words, crudely stemmed, for question and option similarity. */
export function tokens(text: string): string[] {
  return (
    normalize(text)
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 1 && !STOP.has(w))
      // crude stemming: drop an inflection, then compare the first six letters (relocation ~ relocating)
      .map((w) => (w.replace(/(ing|ed|es|s)$/, '') || w).slice(0, 6))
  );
}

const compiled = new Map<string, RegExp>();
/** Rule patterns compiled once (case-insensitive), by their source. */
export function pattern(source: string): RegExp {
  let r = compiled.get(source);
  if (!r) {
    r = new RegExp(source, 'i');
    compiled.set(source, r);
  }
  return r;
}

export { readings } from '../bilingual.ts';
