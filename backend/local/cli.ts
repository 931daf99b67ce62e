// `npm run backend`: the local Supabase stand-in in the foreground until Ctrl-C.
// Env: JOBRAKER_PG_PORT (default 54322), JOBRAKER_API_PORT (default 54321), JOBRAKER_DATA_DIR (default .data).
import { type LocalStack, startLocalStack } from './stack.ts';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let stack: LocalStack | undefined;
let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Still starting: main() stops whatever came up once startLocalStack returns.
  if (!stack) return void console.log(`\n${signal}: stopping once startup has finished...`);
  console.log(`\n${signal}: stopping functions and postgres...`);
  await stack.stop();
  console.log('Stopped.');
  process.exit(0);
}

function summary(s: LocalStack): string {
  const { postgresMs, migrationsMs, functionsMs, healthyMs } = s.timings;
  return [
    '',
    `Jobraker backend ready in ${(healthyMs / 1000).toFixed(2)} s (${s.fresh ? 'cold: new cluster' : 'warm: existing data'})`,
    `  postgres ${postgresMs} ms · migrations ${migrationsMs - postgresMs} ms · deno ${functionsMs - migrationsMs} ms · first healthy ${healthyMs - functionsMs} ms`,
    `  Database   ${s.dbUrl}`,
    `  Functions  ${s.functionsUrl}/<name>`,
    `  Health     ${s.functionsUrl}/health`,
    'Press Ctrl-C to stop.',
  ].join('\n');
}

for (const signal of SIGNALS) {
  process.on(signal, () => {
    shutdown(signal).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  });
}

async function main(): Promise<void> {
  stack = await startLocalStack({ dataDir: process.env.JOBRAKER_DATA_DIR });
  if (stopping) {
    await stack.stop();
    console.log('Stopped.');
    process.exit(0);
  }
  console.log(summary(stack));
}

main().catch((error) => {
  // Expected failures (port in use, leftover cluster, Postgres out of reach) are one clear line; anything else keeps its stack.
  const expected =
    error instanceof Error && /already (in use|running)|Cannot run|cannot (run|reach)/.test(error.message);
  console.error(expected ? error.message : error);
  process.exit(1);
});
