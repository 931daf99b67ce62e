/**
 * A date's written format ("MM/DD/YYYY", "TT.MM.JJJJ", "DD-MM-AAAA"): a hint of how to type the date, never
 * the name of what is asked. One reading for the scanner (a `title` that is only a format is the box's hint,
 * not its label) and the classifier (a box whose placeholder is a format asks for a date).
 */
const DATE_FORMAT =
  /^\(?((dd|jj|tt|gg|mm)[/.-](mm|dd)[/.-](yyyy|aaaa|jjjj|yy|aa|jj)|(yyyy|aaaa|jjjj)[/.-](mm)[/.-](dd|jj|tt|gg))\)?$/i;

export function isDateFormat(text: string): boolean {
  return DATE_FORMAT.test(text.trim());
}
