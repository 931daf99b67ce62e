/**
 * What the match bench reads: the dataset shape, the job normalizer (the capture module's own, as the
 * product uses), NDCG@10, and the graded sets beside the main one.
 */
import { fileURLToPath } from 'node:url';
import type { Location, Salary, WorkType } from '../../shared/domain/index.ts';
import type { JobInput } from '../../shared/match/index.ts';

export interface Dataset {
  profiles: Array<{ id: string; resume_text: string }>;
  jobs: Array<{ id: string; title: string; company: string; location: string; description: string }>;
  grades: Array<{ profile: string; job: string; grade: number }>;
}

export type Normalizer = (job: Dataset['jobs'][number]) => JobInput;

interface CaptureLocation {
  parseLocations(raw: string): Location[];
  workTypeFromLabel(text: string): WorkType | null;
  workTypeFromProse(text: string): WorkType | null;
}
interface CaptureSalary {
  parseSalary(text: string, opts?: { defaultCurrency?: string }): Salary | null;
}
interface CaptureRequirements {
  splitRequirements(text: string): { required: string[]; preferred: string[] };
}

/** The capture module's own normalizers when present; else our parser reads the text alone. */
export async function loadNormalizer(): Promise<{ name: string; normalize: Normalizer }> {
  const plain: Normalizer = (j) => ({
    id: j.id,
    title: j.title,
    company: j.company,
    locationText: j.location,
    descriptionText: j.description,
  });
  if (process.argv.includes('--text-only')) return { name: 'text only (--text-only)', normalize: plain };
  try {
    // Imported by computed path: capture is another team's module in flux, and the bench must
    // still type-check (and fall back to text) if its files move.
    const at = (name: string) => `../../shared/capture/normalize/${name}.ts`;
    const loc: CaptureLocation = await import(at('location'));
    const sal: CaptureSalary = await import(at('salary'));
    const req: CaptureRequirements = await import(at('requirements'));
    return {
      name: 'shared/capture/normalize',
      normalize: (j) => {
        const locations: Location[] = loc.parseLocations(j.location);
        const workType: WorkType | null =
          loc.workTypeFromLabel(j.location) ?? loc.workTypeFromProse(j.description);
        const country = locations.find((l) => l.country)?.country;
        const salary: Salary | null = sal.parseSalary(j.description, {
          defaultCurrency: country === 'CA' ? 'CAD' : country === 'GB' ? 'GBP' : 'USD',
        });
        return {
          ...plain(j),
          locations,
          workType,
          salary,
          requirements: req.splitRequirements(j.description),
        };
      },
    };
  } catch {
    return { name: 'text only (shared/capture not available)', normalize: plain };
  }
}

export function ndcgAt(k: number, rankedGrades: number[], allGrades: number[]): number {
  const dcg = (gs: number[]) => gs.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...allGrades].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(rankedGrades) / ideal;
}

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
/**
 * The sets written blind by graders who never saw the engine's output. Development sets may be
 * tuned on; held-out sets are run, never tuned on.
 */
const DEVELOPMENT: Array<[string, string]> = [
  ['dev-split', 'match-blind/dev-split.json'],
  ['dev3', 'match-dev3/set.json'],
  ['dev4', 'match-dev4/set.json'],
  ['dev5', 'match-dev5/set.json'],
  ['dev6', 'match-dev6/set.json'],
  ['dev7', 'match-dev7/set.json'],
  ['dev8', 'match-dev8/set.json'],
  ['dev9', 'match-dev9/set.json'],
  ['dev10', 'match-dev10/set.json'],
  ['dev11', 'match-dev11/set.json'],
  ['dev12', 'match-dev12/set.json'],
  ['dev13', 'match-dev13/set.json'],
  ['dev14', 'match-dev14/set.json'],
  ['dev15', 'match-dev15/set.json'],
  ['dev16', 'match-dev16/set.json'],
  ['dev17', 'match-dev17/set.json'],
  ['dev18', 'match-dev18/set.json'],
  ['dev19', 'match-dev19/set.json'],
  ['dev20', 'match-dev20/set.json'],
  ['dev21', 'match-dev21/set.json'],
  ['dev22', 'match-dev22/set.json'],
  ['dev23', 'match-dev23/set.json'],
  ['dev24', 'match-dev24/set.json'],
  ['dev25', 'match-dev25/set.json'],
  ['dev26', 'match-dev26/set.json'],
  ['dev27', 'match-dev27/set.json'],
  ['dev28', 'match-dev28/set.json'],
  ['dev29', 'match-dev29/set.json'],
  ['dev30', 'match-dev30/set.json'],
  ['dev31', 'match-dev31/set.json'],
  ['dev32', 'match-dev32/set.json'],
  ['dev33', 'match-dev33/set.json'],
  ['dev34', 'match-dev34/set.json'],
  ['dev35', 'match-dev35/set.json'],
  ['dev36', 'match-dev36/set.json'],
  ['dev37', 'match-dev37/set.json'],
  ['dev38', 'match-dev38/set.json'],
  ['dev39', 'match-dev39/set.json'],
  ['dev40', 'match-dev40/set.json'],
  ['dev41', 'match-dev41/set.json'],
  ['dev42', 'match-dev42/set.json'],
  ['dev43', 'match-dev43/set.json'],
  ['dev44', 'match-dev44/set.json'],
  ['dev45', 'match-dev45/set.json'],
  ['dev46', 'match-dev46/set.json'],
  ['dev47', 'match-dev47/set.json'],
  ['dev48', 'match-dev48/set.json'],
  ['dev49', 'match-dev49/set.json'],
  ['dev50', 'match-dev50/set.json'],
  ['dev51', 'match-dev51/set.json'],
  ['dev52', 'match-dev52/set.json'],
  ['dev53', 'match-dev53/set.json'],
  ['dev54', 'match-dev54/set.json'],
  ['dev55', 'match-dev55/set.json'],
  ['dev56', 'match-dev56/set.json'],
  ['dev57', 'match-dev57/set.json'],
  ['dev58', 'match-dev58/set.json'],
  ['dev59', 'match-dev59/set.json'],
  ['dev60', 'match-dev60/set.json'],
  ['dev61', 'match-dev61/set.json'],
  ['dev62', 'match-dev62/set.json'],
  ['dev63', 'match-dev63/set.json'],
  ['dev64', 'match-dev64/set.json'],
  ['dev65', 'match-dev65/set.json'],
  ['dev66', 'match-dev66/set.json'],
  ['dev67', 'match-dev67/set.json'],
  ['dev68', 'match-dev68/set.json'],
  ['dev69', 'match-dev69/set.json'],
  ['dev70', 'match-dev70/set.json'],
  ['dev71', 'match-dev71/set.json'],
  ['dev72', 'match-dev72/set.json'],
  ['dev73', 'match-dev73/set.json'],
  ['dev74', 'match-dev74/set.json'],
  ['dev75', 'match-dev75/set.json'],
  ['dev76', 'match-dev76/set.json'],
  ['dev77', 'match-dev77/set.json'],
  ['dev78', 'match-dev78/set.json'],
  ['dev79', 'match-dev79/set.json'],
  ['dev80', 'match-dev80/set.json'],
  ['dev81', 'match-dev81/set.json'],
  ['dev82', 'match-dev82/set.json'],
  ['dev83', 'match-dev83/set.json'],
  ['dev84', 'match-dev84/set.json'],
  ['dev85', 'match-dev85/set.json'],
  ['dev86', 'match-dev86/set.json'],
  ['dev87', 'match-dev87/set.json'],
  ['dev88', 'match-dev88/set.json'],
  ['dev89', 'match-dev89/set.json'],
  ['dev90', 'match-dev90/set.json'],
  ['dev91', 'match-dev91/set.json'],
  ['dev92', 'match-dev92/set.json'],
  ['dev93', 'match-dev93/set.json'],
  ['dev94', 'match-dev94/set.json'],
  ['dev95', 'match-dev95/set.json'],
  ['dev96', 'match-dev96/set.json'],
  ['dev97', 'match-dev97/set.json'],
  ['dev98', 'match-dev98/set.json'],
  ['dev99', 'match-dev99/set.json'],
  ['dev100', 'match-dev100/set.json'],
  ['dev101', 'match-dev101/set.json'],
  ['dev102', 'match-dev102/set.json'],
  ['dev103', 'match-dev103/set.json'],
];
const HELD_OUT: Array<[string, string]> = [
  ['blind-split', 'match-blind/blind-split.json'],
  ['blind2', 'match-blind2/set.json'],
  ['blind3', 'match-blind3/set.json'],
  ['blind4', 'match-blind4/set.json'],
  ['blind5', 'match-blind5/set.json'],
  ['blind6', 'match-blind6/set.json'],
  ['blind7', 'match-blind7/set.json'],
  ['blind8', 'match-blind8/set.json'],
  ['blind9', 'match-blind9/set.json'],
  ['blind10', 'match-blind10/set.json'],
  ['blind11', 'match-blind11/set.json'],
  ['blind12', 'match-blind12/set.json'],
  ['blind13', 'match-blind13/set.json'],
  ['blind14', 'match-blind14/set.json'],
  ['blind15', 'match-blind15/set.json'],
  ['blind16', 'match-blind16/set.json'],
  ['blind17', 'match-blind17/set.json'],
  ['blind18', 'match-blind18/set.json'],
  ['blind19', 'match-blind19/set.json'],
  ['blind20', 'match-blind20/set.json'],
  ['blind21', 'match-blind21/set.json'],
];
export const GRADED_SETS = [
  ...DEVELOPMENT.map(([name, path]) => ({ name, path: fixture(path), heldOut: false })),
  ...HELD_OUT.map(([name, path]) => ({ name, path: fixture(path), heldOut: true })),
];
