import * as T from './shared/match/title-likeness.ts';
const [a, ...bs] = process.argv.slice(2);
const info = (t: string) => (T as any).titleInfo(t);
for (const b of bs) console.log(a, '|', b, T.titleSimilarity(info(a), info(b)).toFixed(3));
