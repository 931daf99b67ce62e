import { boardOfAttribute } from '../../boards/index.ts';

/** Attributes that name what an element holds; read in one pass over the element's attributes. */
const NAME_ATTRS = new Set([
  'class',
  'id',
  'data-testid',
  // (Glassdoor's own test hook: data-test="detailSalary", "salary-section")
  'data-test',
  'data-automation',
  'data-automation-id',
  'data-qa',
  'data-at',
  'data-ui',
  'itemprop',
]);

/**
 * "class id=… testid=… … itemprop=…" for the name tests, plus the board signature seen on this
 * element. One loop over `attributes` (usually 0–3 entries) instead of a getAttribute per name.
 */
export function readNames(el: Element, wantBoard: boolean): { names: string; board: string | null } {
  if (!el.hasAttributes()) return { names: '', board: null };
  const attrs = el.attributes;
  let names = '';
  let board: string | null = null;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    const name = a.name;
    if (NAME_ATTRS.has(name))
      names += name === 'class' ? ` ${a.value}` : ` ${name === 'data-testid' ? 'testid' : name}=${a.value}`;
    if (wantBoard && !board) board = boardOfAttribute(el, name, a.value);
  }
  return { names, board };
}
