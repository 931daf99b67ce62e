// `npm run backend`: the local Supabase stand-in in the foreground until Ctrl-C.
// Env: JOBRAKER_PG_PORT (default 54322), JOBRAKER_API_PORT (default 54321), JOBRAKER_DATA_DIR (default .data).
import { PortInUseError } from './ports.ts';
import { startLocalStack } from './stack.ts';

async function main(): Promise<void> {
  const stack = await startLocalStack({ dataDir: process.env.JOBRAKER_DATA_DIR });
  const { postgresMs, migrationsMs, functionsMs, healthyMs } = stack.timings;
  console.log(
    [
      '',
      `Jobraker backend ready in ${(healthyMs / 1000).toFixed(2)} s (${stack.fresh ? 'cold: new cluster' : 'warm: existing data'})`,
      `  postgres ${postgresMs} ms · migrations ${migrationsMs - postgresMs} ms · deno ${functionsMs - migrationsMs} ms · first healthy ${healthyMs - functionsMs} ms`,
      `  Database   ${stack.dbUrl}`,
      `  Functions  ${stack.functionsUrl}/<name>`,
      `  Health     ${stack.functionsUrl}/health`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping functions and postgres...`);
    stack.stop().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof PortInUseError ? error.message : error);
  process.exit(1);
});
