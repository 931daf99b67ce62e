import { FIELDS, type Field } from './capture-judge.ts';

/**
 * The capture sets the bench runs beside the development corpus, each written blind (labels first, by
 * someone who never saw the engine's output). A set's `dev/` split may be tuned on (its misses are
 * printed per page); a `blind/` split is held out (never tuned on, misses never printed).
 */
export const CAPTURE_SETS: readonly string[] = [
  'capture-blind',
  'capture-blind3',
  'capture4',
  'capture5',
  'capture6',
  'capture7',
  'capture8',
  'capture9',
  'capture11',
  'capture12',
  'capture14',
  'capture15',
  'capture17',
  'capture18',
  'capture20',
  'capture21',
  'capture22',
  'capture24',
  'capture25',
  'capture27',
  'capture28',
  'capture30',
  'capture31',
  'capture32',
  'capture34',
  'capture36',
  'capture37',
  'capture39',
  'capture40',
  'capture41',
  'capture43',
  'capture44',
  'capture46',
  'capture47',
  'capture48',
  'capture50',
  'capture51',
  'capture52',
  'capture53',
  'capture54',
  'capture56',
  'capture57',
  'capture58',
  'capture59',
  'capture60',
  'capture61',
  'capture62',
  'capture63',
  'capture64',
  'capture65',
  'capture66',
  'capture67',
  'capture68',
  'capture69',
  'capture70',
  'capture71',
  'capture72',
  'capture73',
  'capture74',
  'capture10',
  'capture13',
  'capture16',
  'capture19',
  'capture23',
  'capture26',
  'capture29',
  'capture33',
  'capture35',
  'capture38',
  'capture42',
  'capture45',
  'capture49',
  'capture55',
];

/** Several splits' results as one, weighted by pages. */
export function poolPages(rs: ReadonlyArray<{ pages: number; fields: Record<Field, number> }>) {
  const pages = rs.reduce((n, r) => n + r.pages, 0);
  const fields = Object.fromEntries(
    FIELDS.map((k) => [
      k,
      Number((rs.reduce((n, r) => n + r.fields[k] * r.pages, 0) / Math.max(1, pages)).toFixed(4)),
    ]),
  ) as Record<Field, number>;
  return { pages, fields };
}
