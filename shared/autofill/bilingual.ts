/**
 * The ways a label can be read: whole, and, when it says one thing in two languages ("Employeur actuel /
 * Current employer", as bilingual Canadian or Belgian forms write every label), each language on its own,
 * so a rule written for one language's whole label still knows it. Three or more parts ("Day / Month / Year")
 * are a list, not two languages.
 */
export function readings(text: string): string[] {
  const halves = text.split(/\s+\/\s+/);
  return halves.length === 2 && halves.every((h) => /\p{L}/u.test(h)) ? [text, ...halves] : [text];
}
