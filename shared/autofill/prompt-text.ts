/**
 * The text of a choice that only prompts for one ("Select…", "-- choose --", "Bitte wählen",
 * "Välj", iCIMS's "— Make a Selection —"): on an option, a dropdown button before anything is chosen, or a list's first entry.
 * One list for the scanner, the classifier and the planner, so they never disagree on it.
 */
const PROMPT =
  /^(?:|[-–—]+.*|none selected|(?:please )?(?:select|choose|make a (?:selection|choice))\b.*|bitte (?:aus)?w[aä]hlen.*|w[aä]hlen sie.*|s[eé]lectionne[rz]?\b.*|choisi.*|seleccion.*|selecione.*|seleziona.*|kies\b.*|wybierz.*|v[aä]lj\b.*|velg\b.*|v(?:ae|æ)lg\b.*|選択.*|请选择.*)$/i;

export function isChoicePrompt(text: string): boolean {
  return PROMPT.test(text.trim());
}
