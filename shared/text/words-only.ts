/** Only the words of a text, lower-cased and one space apart: for comparing titles and headings as written. */
export const wordsOnly = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
