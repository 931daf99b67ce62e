// The rules a pipeline CSV follows, in one place: the export neutralizes formula cells with the same
// pattern the import refuses them by, and both keep to the same size limits.

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with = + - or @ (or a tab or
 * carriage return, which some spreadsheets skip before reading one).
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A formula-looking cell as imported text: = or @ always; + or - only before something that is not a number. */
export const IMPORTED_FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s.(]))/;

/** Markup where a title or company should be plain words (a hostile file trying to smuggle script). */
export const MARKUP = /<\s*\/?\s*[a-z!]/i;

export const CSV_LIMITS = {
  /** A Huntr or Teal export of a large search is well under 1 MB; 5 MB leaves room and keeps the tab responsive. */
  bytes: 5 * 1024 * 1024,
  rows: 5_000,
  /** Both tools export a few dozen columns at most. */
  columns: 200,
} as const;

/** A file's size for a message: "50.0 MB", "812 KB". */
export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
