// A stack in its own process, for tests that kill its launcher. Prints one READY line with the stack info.
import { startLocalStack } from '../../../backend/local/stack.ts';

const stack = await startLocalStack({
  dataDir: process.env.STACK_DATA_DIR,
  pgPort: Number(process.env.STACK_PG_PORT),
  apiPort: Number(process.env.STACK_API_PORT),
  durable: false,
  log: () => undefined,
});
console.log(
  `READY ${JSON.stringify({ dbUrl: stack.dbUrl, functionsUrl: stack.functionsUrl, pid: process.pid })}`,
);
