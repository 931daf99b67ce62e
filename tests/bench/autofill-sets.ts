/**
 * The forms sets the autofill bench runs beside the development corpus, each written blind (labels
 * first, by someone who never saw the classifier's output). Development sets may be tuned on; held-out
 * sets are run, never tuned on, and their misses are never printed.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const fixture = (folder: string) => resolve(import.meta.dirname, '../fixtures', folder);
const DEVELOPMENT: Array<[string, string]> = [
  ['dev2', 'forms-dev2'],
  ['dev3', 'forms-dev3'],
  ['dev4', 'forms-dev4'],
  ['dev5', 'forms-dev5'],
  ['dev6', 'forms-dev6'],
  ['dev7', 'forms-dev7'],
  ['dev8', 'forms-dev8'],
  ['dev9', 'forms-dev9'],
  ['dev10', 'forms-dev10'],
  ['dev11', 'forms-dev11'],
  ['dev12', 'forms-dev12'],
  ['dev13', 'forms-dev13'],
  ['dev14', 'forms-dev14'],
  ['dev15', 'forms-dev15'],
  ['dev16', 'forms-dev16'],
  ['dev17', 'forms-dev17'],
  ['dev18', 'forms-dev18'],
  ['dev19', 'forms-dev19'],
  ['dev20', 'forms-dev20'],
  ['dev21', 'forms-dev21'],
  ['dev22', 'forms-dev22'],
  ['dev23', 'forms-dev23'],
  ['dev24', 'forms-dev24'],
  ['dev25', 'forms-dev25'],
  ['dev26', 'forms-dev26'],
  ['dev27', 'forms-dev27'],
  ['dev28', 'forms-dev28'],
  ['dev29', 'forms-dev29'],
  ['dev30', 'forms-dev30'],
  ['dev31', 'forms-dev31'],
  ['dev32', 'forms-dev32'],
  ['dev33', 'forms-dev33'],
  ['dev34', 'forms-dev34'],
  ['dev35', 'forms-dev35'],
  ['dev36', 'forms-dev36'],
  ['dev37', 'forms-dev37'],
  ['dev38', 'forms-dev38'],
  ['dev39', 'forms-dev39'],
  ['dev40', 'forms-dev40'],
  ['dev41', 'forms-dev41'],
  ['dev42', 'forms-dev42'],
  ['dev43', 'forms-dev43'],
  ['dev44', 'forms-dev44'],
  ['dev45', 'forms-dev45'],
  ['dev46', 'forms-dev46'],
  ['dev47', 'forms-dev47'],
  ['dev48', 'forms-dev48'],
  ['dev49', 'forms-dev49'],
  ['dev50', 'forms-dev50'],
  ['dev51', 'forms-dev51'],
  ['dev52', 'forms-dev52'],
  ['dev53', 'forms-dev53'],
  ['dev54', 'forms-dev54'],
  ['dev55', 'forms-dev55'],
  ['dev56', 'forms-dev56'],
  ['dev57', 'forms-dev57'],
  ['dev58', 'forms-dev58'],
  ['dev59', 'forms-dev59'],
  ['dev60', 'forms-dev60'],
  ['dev61', 'forms-dev61'],
  ['dev62', 'forms-dev62'],
  ['dev63', 'forms-dev63'],
  ['dev64', 'forms-dev64'],
  ['dev65', 'forms-dev65'],
  ['dev66', 'forms-dev66'],
  ['dev67', 'forms-dev67'],
  ['dev68', 'forms-dev68'],
  ['dev69', 'forms-dev69'],
  ['dev70', 'forms-dev70'],
  ['dev71', 'forms-dev71'],
  ['dev72', 'forms-dev72'],
  ['dev73', 'forms-dev73'],
  ['dev74', 'forms-dev74'],
  ['dev75', 'forms-dev75'],
  ['dev76', 'forms-dev76'],
  ['dev77', 'forms-dev77'],
  ['dev78', 'forms-dev78'],
  ['dev79', 'forms-dev79'],
  ['dev80', 'forms-dev80'],
  ['dev81', 'forms-dev81'],
  ['dev82', 'forms-dev82'],
  ['dev83', 'forms-dev83'],
  ['dev84', 'forms-dev84'],
  ['dev85', 'forms-dev85'],
  ['dev86', 'forms-dev86'],
  ['dev87', 'forms-dev87'],
  ['dev88', 'forms-dev88'],
  ['dev89', 'forms-dev89'],
  ['dev90', 'forms-dev90'],
  ['dev91', 'forms-dev91'],
  ['dev92', 'forms-dev92'],
  ['dev93', 'forms-dev93'],
  ['dev94', 'forms-dev94'],
  ['dev95', 'forms-dev95'],
  ['dev96', 'forms-dev96'],
  ['dev97', 'forms-dev97'],
  ['dev98', 'forms-dev98'],
  ['dev99', 'forms-dev99'],
  ['dev100', 'forms-dev100'],
  ['dev101', 'forms-dev101'],
  ['dev102', 'forms-dev102'],
  ['dev103', 'forms-dev103'],
  ['dev104', 'forms-dev104'],
  ['dev105', 'forms-dev105'],
  ['dev106', 'forms-dev106'],
  ['dev107', 'forms-dev107'],
  ['dev108', 'forms-dev108'],
  ['dev109', 'forms-dev109'],
  ['dev110', 'forms-dev110'],
  ['dev111', 'forms-dev111'],
  ['dev112', 'forms-dev112'],
  ['dev113', 'forms-dev113'],
  ['dev114', 'forms-dev114'],
  ['dev115', 'forms-dev115'],
];
const HELD_OUT: Array<[string, string]> = [
  ['blind', 'forms-blind'],
  ['blind2', 'forms-blind2'],
  ['blind3', 'forms-blind3'],
  ['blind4', 'forms-blind4'],
  ['blind5', 'forms-blind5'],
  ['blind6', 'forms-blind6'],
  ['blind7', 'forms-blind7'],
  ['blind8', 'forms-blind8'],
  ['blind9', 'forms-blind9'],
  ['blind10', 'forms-blind10'],
  ['blind11', 'forms-blind11'],
  ['blind12', 'forms-blind12'],
  ['blind13', 'forms-blind13'],
  ['blind14', 'forms-blind14'],
  ['blind15', 'forms-blind15'],
  ['blind16', 'forms-blind16'],
  ['blind17', 'forms-blind17'],
  ['blind18', 'forms-blind18'],
];

/** Every set whose labels are present, development first; `heldOut` marks the ones tuning never reads. */
export const FORMS_SETS = [
  ...DEVELOPMENT.map(([name, folder]) => ({ name, dir: fixture(folder), heldOut: false })),
  ...HELD_OUT.map(([name, folder]) => ({ name, dir: fixture(folder), heldOut: true })),
].filter((set) => existsSync(join(set.dir, 'labels.json')));

export interface Pooled {
  forms: number;
  fields: number;
  accuracy: number;
  wrong_type_fills: number;
  filled_right: number;
}

/** Several sets' results as one, weighted by fields. */
export function pool(rs: ReadonlyArray<Pooled>): Pooled {
  const fields = rs.reduce((n, r) => n + r.fields, 0);
  const right = rs.reduce((n, r) => n + r.accuracy * r.fields, 0);
  return {
    forms: rs.reduce((n, r) => n + r.forms, 0),
    fields,
    accuracy: Number((right / Math.max(1, fields)).toFixed(4)),
    wrong_type_fills: rs.reduce((n, r) => n + r.wrong_type_fills, 0),
    filled_right: Number(
      (rs.reduce((n, r) => n + r.filled_right * r.fields, 0) / Math.max(1, fields)).toFixed(4),
    ),
  };
}
