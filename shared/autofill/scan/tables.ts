import type { BlockLevel } from '../types.ts';
import { chosenOption, clean, closestTag, meaningful, textOf } from './dom.ts';
import { hasQuestion, questionCount } from './questions.ts';
import { memoInScan } from './scan-memo.ts';

const CONTROLS = 'input:not([type=hidden]), select, textarea, [role=combobox]';

/**
 * A control in a table cell under a caption-only row (`<tr><th>First Name</th><th>Last Name</th>`
 * above the inputs' row): the caption in the same column names it. Without this the nearest
 * preceding text, the previous column's caption, would be read as its question.
 */
export function columnCaption(el: Element): string {
  const cell = closestTag(el, 'TD', 'TH');
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR' || cell.querySelectorAll(CONTROLS).length !== 1) return '';
  const above = row.previousElementSibling ?? row.parentElement?.previousElementSibling?.lastElementChild;
  if (above?.tagName !== 'TR' || above.children.length !== row.children.length) return '';
  if (above.querySelector(CONTROLS)) return '';
  const caption = above.children[Array.from(row.children).indexOf(cell)];
  const text = caption ? textOf(caption, 200) : '';
  return meaningful(text) ? text : '';
}

/**
 * The header cell of a control's row (`<tr><th scope="row">Full legal name</th><td><input></td></tr>`): in a
 * Question / Response grid it names the row's one control, and the column's header ("Response") names nothing.
 * '' when the row holds several controls (a referee row under Name / Phone columns) or no header cell.
 */
export function rowHeader(el: Element): string {
  const cell = closestTag(el, 'TD', 'TH');
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR' || row.querySelectorAll(CONTROLS).length !== 1) return '';
  const header = Array.from(row.children).find(
    (c) =>
      c !== cell && c.tagName === 'TH' && c.getAttribute('scope') !== 'col' && !c.querySelector(CONTROLS),
  );
  const text = header ? textOf(header, 300) : '';
  return meaningful(text) ? text : '';
}

/** Boxes that take typed or picked values: a radio or checkbox is one choice of a question, not a box of its own. */
const BOXES =
  'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, [role=combobox]';

/**
 * One of several boxes under one row title (Taleo's "City / State / Zip" cell beside a cell holding a
 * city box, a state select and a ZIP box): the title names the boxes in order, so each box takes its
 * own part. Without this every box reads the whole title, and the city box can be read as the ZIP.
 * '' unless the title's parts match the boxes one to one.
 */
export function rowTitlePart(el: Element): string {
  const cell = closestTag(el, 'TD', 'TH');
  if (cell?.parentElement?.tagName !== 'TR') return '';
  const boxes = Array.from(cell.querySelectorAll(BOXES));
  const title = cell.previousElementSibling;
  if (boxes.length < 2 || !title || title.querySelector(CONTROLS)) return '';
  const parts = textOf(title, 200)
    .split(/\s*[/,]\s*/)
    .map((p) => p.replace(/[\s*:]+$/, '').trim())
    .filter(meaningful);
  return parts.length === boxes.length ? (parts[boxes.indexOf(el)] ?? '') : '';
}

/**
 * The header cell of a row holding several boxes (`<th scope="row">Prior address</th>` before the Street / City /
 * State / ZIP cells of a grid captioned by its columns): it names the entry the row's boxes belong to, as a legend
 * names a fieldset's. '' when the row holds one box (rowHeader names it) or starts with no header cell.
 */
export function rowEntryTitle(el: Element): string {
  const cell = closestTag(el, 'TD', 'TH');
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR' || row.querySelectorAll(BOXES).length < 2) return '';
  const header = row.firstElementChild;
  if (!header || header === cell || header.tagName !== 'TH' || header.getAttribute('scope') === 'col')
    return '';
  if (header.querySelector(CONTROLS)) return '';
  const text = textOf(header, 200);
  return meaningful(text) ? text : '';
}

/** A table whose first row only captions its columns: a list of rows (referees, jobs), not page layout. */
export function captionedColumns(table: Element): boolean {
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  // (an empty corner cell over the rows' headers may be a <td>: "<td></td><th>Company</th><th>Position</th>")
  const cells = Array.from(head?.children ?? []);
  const corner =
    cells[0]?.tagName === 'TD' && !meaningful(textOf(cells[0])) && !hasQuestion(cells[0]) ? 1 : 0;
  return cells.length - corner > 1 && cells.slice(corner).every((c) => c.tagName === 'TH');
}

/**
 * The document a row's upload takes, when the row picks it ("Dokumenttyp: Lebenslauf" beside
 * "Datei auswählen"): the chosen option of the one select in the upload's table row.
 */
export function rowDocumentType(file: Element): string {
  const row = closestTag(file, 'TR');
  const selects = row ? Array.from(row.querySelectorAll('select')) : [];
  if (selects.length !== 1) return '';
  const chosen = chosenOption(selects[0]!);
  if (!chosen || (chosen.getAttribute('value') ?? '') === '') return '';
  return chosen ? clean(chosen.textContent).slice(0, 80) : '';
}

/**
 * The question of a radio table (Taleo prescreening): choices in a row's cells under column headers,
 * the question in the row's first cell, else in the table's caption.
 */
export function rowQuestion(choice: Element): string {
  const cell = closestTag(choice, 'TD', 'TH');
  const row = cell?.parentElement;
  const table = row ? closestTag(row, 'TABLE') : null;
  if (!cell || row?.tagName !== 'TR' || !table || !columnCaption(choice)) return '';
  const first = row.firstElementChild;
  if (first && first !== cell && !first.querySelector(CONTROLS)) {
    const text = textOf(first, 300);
    if (meaningful(text)) return text;
  }
  const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
  return caption ? textOf(caption, 300) : '';
}

/**
 * A row of a list table (its first row captions the columns): its row header, the column's caption, and its place
 * among the rows that ask something, when the rows are entries of one list (no header of their own, or a numbered
 * one: "Job 2"; rows headed "Home" and "Mailing" are two kinds, not a first and a second).
 */
export function rowLevel(el: Element): BlockLevel | null {
  const cell = closestTag(el, 'TD', 'TH');
  const row = cell?.parentElement;
  const table = row ? closestTag(row, 'TABLE') : null;
  if (!cell || !row || row.tagName !== 'TR' || !table || !captionedColumns(table) || questionCount(row) < 2)
    return null;
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  const index = Array.from(row.children).indexOf(cell);
  const column = head && head !== row ? textOf(head.children[index], 100) : '';
  const header = row.firstElementChild;
  const title =
    header && header !== cell && header.tagName === 'TH' && !hasQuestion(header) ? textOf(header, 200) : '';
  const rows = memoInScan('rows', table, askingRows);
  const listed = rows.length > 1 && (!meaningful(title) || /\d/.test(title));
  return {
    from: 'table-row',
    title,
    intro: '',
    ...(meaningful(column) ? { column } : {}),
    ...(listed ? { entry: rows.indexOf(row) + 1 } : {}),
  };
}

const askingRows = (table: Element): Element[] =>
  Array.from(table.querySelectorAll('tr')).filter(hasQuestion);
