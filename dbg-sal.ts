import { parseSalary } from './shared/capture/normalize/salary.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), JSON.stringify(parseSalary(t, { minScore: 1 })));
