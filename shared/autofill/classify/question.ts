/**
 * What a field asks, read from the text around it: the question (a real label over a group legend
 * over the text just before), how far to trust it, and each signal normalized for the rules. Widget
 * words ("Attach", "Choose a PDF"), section legends ("Questionnaire") and examples ("e.g. LinkedIn")
 * are not the question. classify.ts scores these texts; this file only reads them.
 */
import type { FieldDescriptor } from '../types.ts';
import { EXAMPLE_MARKER } from './rules/shared.ts';
import type { RuleSignal } from './rules.ts';
import { nameWords, normalize } from './text.ts';

/** Labels that name the widget, not the question ("Attach", "Select..."). */
const GENERIC_LABEL =
  /^(\+ .*|(or )?click to browse|drag (and|&) drop,? or|(or )?drag (it )?here|size limit.*|\W*choose (a )?file\b.*|my (device|computer)|upload from:?|(from )?(google drive|dropbox|one ?drive|box)|enter manually|attach( a| your)?( files?| documents?)?|attachments|(supporting )?documents|uploads|files|upload|browse|(choose|select)( a| an| your)? (file|pdf|document|docx?)|select( one)?|select\.*|please select|enter manually|or enter manually|type your response|write here|yes|no|--|(or )?drag (and|&) drop( here| files here)?|drop (a |your )?(pdf|file|cv|resume|document)s? here( or)?|drop files? here|(drag (and|&) )?drop (your |a |the )?(files?|documents?) here\b.*|(click|tap) (here )?to (browse|upload|select|choose).*|browse files?|no file (chosen|selected)|keine datei ausgewahlt|aucun fichier (choisi|selectionne)|ningun archivo seleccionado|nenhum (ficheiro|arquivo) selecionado|nessun file selezionato|optional|required|必須|必填|任意|選択してください|请选择|wymagane|obowiazkowe|accepted( file types)?:? .*|\(?file types.*|max(imum)? (file )?size.*|\(?(pdf|docx?|odt|rtf|txt)\b[ ,/]+(.*\b)?(pdf|docx?|odt|rtf|txt|word|mb|kb)\b.*|upload (a |your )?files?|upload from (your |my )?(device|computer)|dodaj plik|wybierz plik|przegladaj\W*|选择文件|上传(文件|附件)?|ファイルを選択|(carregar|escolher|selecionar|anexar) (ficheiro|arquivo)|sfoglia\W*|carica( file)?|parcourir\W*|choisir (un )?fichier|seleccionar archivo|examinar\W*|datei auswahlen|durchsuchen\W*|bladeren\W*)$/;

/** Help text that lists examples ("e.g. LinkedIn, a friend") is not the question it helps with. */
const EXAMPLE_HINT = new RegExp(`^\\(?${EXAMPLE_MARKER}[\\s:,]`);
/** The same examples inside a question ("Which status do you hold (e.g. F-1 OPT, H-1B)?") say nothing of its type. */
const EXAMPLES_IN_PARENS = new RegExp(`\\(${EXAMPLE_MARKER}[^)]*\\)`, 'g');
const EXAMPLE_ANYWHERE = new RegExp(`(^|[\\s(])${EXAMPLE_MARKER}[\\s:,]`);
/** A group legend that only names the section ("Questionnaire") is not the question of the control in it. */
const SECTION_GROUP =
  /^(questionnaire|questions?|additional (questions|information)|application questions|screening questions|custom questions|more about you|details)$/;

export type SignalTexts = Record<RuleSignal, string> & { labelWeight: number };

/** The question text, and how much to trust it: a real label beats text that merely precedes. */
function primaryLabel(field: FieldDescriptor): [string, number] {
  const parts = field.signals.label
    .split(' | ')
    .map(normalize)
    .filter((p) => p && !GENERIC_LABEL.test(p) && !SECTION_GROUP.test(p));
  if (parts.length) {
    const label = parts.join(' | ').replace(EXAMPLES_IN_PARENS, ' ').trim();
    // A <label> that only explains ("Under the Equality Act 2010, a condition that …") beside the
    // question printed just before it ("Do you consider yourself to have a disability?").
    const asked = normalize(field.signals.nearby.split(' | ')[0] ?? '');
    if (/\.$/.test(label) && !label.includes('?') && /\?$/.test(asked)) return [asked, 0.9];
    return [askedAfterContext(label), 1];
  }
  const group = normalize(field.signals.group);
  if (group && !SECTION_GROUP.test(group)) return [group, 0.9];
  const nearby = field.signals.nearby
    .split(' | ')
    .map(normalize)
    .filter((p) => p && !GENERIC_LABEL.test(p) && !EXAMPLE_HINT.test(p));
  return [askedAfterContext(questionOfNearby(nearby)), 0.8];
}

/**
 * A label that sets the scene before it asks ("This role is remote from select states. Which state will
 * you work from?"): the question is the asking sentence; the scene's words ("states") are not asked.
 */
function askedAfterContext(label: string): string {
  // The scene ends a sentence: a word, not an abbreviation ("np.", "e.g."), and no bracket left open.
  const m = /^([^?]*\p{L}{3}[.!])\s+([^.!?]+\?)$/u.exec(label);
  const open = (t: string) => (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);
  if (m && !open(m[1]!) && m[2]!.split(/\s+/).length >= 3) return m[2]!;
  // …and one that asks, then helps ("Which ERP systems have you used? If your LinkedIn says so, paste a
  // link."): the question is what is asked; a site the help names is not.
  // …or asks in the middle ("Tell us about your work history. Where do you work now? (Type none if …)").
  const middle = /^([^?]*\p{L}{3}[.!])\s+([^.!?]+\?)\s+[^?]+$/u.exec(label);
  if (middle && !open(middle[1]!) && middle[2]!.split(/\s+/).length >= 4) return middle[2]!;
  // …or asks with a request first ("Please list any certifications. If they are on your LinkedIn, name them.").
  const request =
    /^((?:please |kindly )?(?:list|describe|tell|provide|share|explain|give|name|outline|summari[sz]e)\b[^.!?]*(?:\p{L}{3}|\))\s*[.!])\s+\S/u.exec(
      label,
    );
  if (request && !open(request[1]!) && request[1]!.split(/\s+/).length >= 4) return request[1]!;
  const help = /^([^?]{12,}\?)\s+([^?]+)$/.exec(label);
  return help && !open(help[1]!) && help[1]!.split(/\s+/).length >= 3 ? help[1]! : label;
}

/**
 * Of the texts just before a control, the question: a title followed by its help sentence ("What base
 * salary are you targeting?" then "The posted range is …") reaches the control help-first. A text that
 * asks (ends "?" or ":") beats one that does not; a short title beats a sentence ending in a full stop.
 */
function questionOfNearby(parts: string[]): string {
  const [first, second] = parts;
  if (!first || !second) return first ?? '';
  if (/[?:]$/.test(second) && !/[?:]$/.test(first)) return second;
  // "Gern mit Link – z. B. zu einem GitHub-Repository …" is the help; the question comes before it.
  if (EXAMPLE_ANYWHERE.test(first) && !EXAMPLE_ANYWHERE.test(second)) return second;
  if (/\.$/.test(first) && !first.includes('?') && !/[.?:]$/.test(second) && second.split(' ').length <= 8)
    return second;
  return first;
}

/** A select's first option that only prompts ("Distrito…", "-- Select state --") names the question. */
function promptOption(field: FieldDescriptor): string {
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

export function signalTexts(field: FieldDescriptor): SignalTexts {
  const s = field.signals;
  const [label, labelWeight] = primaryLabel(field);
  const group = normalize(s.group) === label ? '' : normalize(s.group);
  const optionTexts = field.options
    .slice(0, 60)
    .map((o) => normalize(o.text))
    .filter((t) => t && !/^(select|--|please select|choose)/.test(t));
  return {
    label,
    labelWeight,
    placeholder: normalize(s.placeholder) || promptOption(field),
    name: nameWords(s.name, s.id),
    group,
    description: normalize(s.description),
    options: optionTexts.join(' | '),
    context: normalize([s.nearby, s.heading].filter(Boolean).join(' | ')).slice(0, 600),
  };
}

/** The page's own wording of a signal text the rules read normalized (for the person's preview). */
export function asShown(field: FieldDescriptor, normalized: string): string {
  const s = field.signals;
  const raw = [s.label, s.nearby, s.placeholder, s.group, s.description, s.heading];
  return (
    raw.find((t) => t && normalize(t) === normalized) ??
    raw.find((t) => t && normalize(t).includes(normalized)) ??
    normalized
  );
}
