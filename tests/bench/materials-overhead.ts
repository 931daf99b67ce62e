// generate-materials' own time beyond the provider's: a throwaway local stack (real Postgres + Deno)
// pointed at the OpenAI-compatible stand-in answering after a fixed latency. Overhead per request =
// round trip seen by the client − provider time the function reports in Server-Timing.
import { startOpenAiStandin } from '../../backend/local/ai-standin/openai.ts';
import { defaultKeyFile, loadLocalSigningKey, signLocalToken } from '../../backend/local/jwks-key.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';
import { REPO_ROOT } from '../../backend/local/stack.ts';
import type { Profile } from '../../shared/domain/index.ts';
import type { MaterialJob } from '../../shared/materials/index.ts';

const REQUESTS = 40;
const PROVIDER_LATENCY_MS = 50;

export async function measureOverhead(
  data: { profiles: Record<string, Profile>; postings: Record<string, MaterialJob> },
  log: (line: string) => void,
): Promise<number> {
  const standin = await startOpenAiStandin({ apiKey: 'sk-bench' });
  await fetch(`${standin.url}/__standin/script`, {
    method: 'POST',
    body: JSON.stringify({ script: [], latencyMs: PROVIDER_LATENCY_MS }),
  });
  Object.assign(process.env, {
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: `${standin.url}/v1`,
    AI_CALLS_PER_MINUTE: '100000',
    AI_DAILY_TOKEN_QUOTA: '1000000000',
  });
  const stack = await startScratchStack('bench');
  try {
    const key = await loadLocalSigningKey(defaultKeyFile(REPO_ROOT));
    const token = await signLocalToken(key, 'user_bench_overhead', { ttlSeconds: 600 });
    const profiles = Object.values(data.profiles);
    const postings = Object.values(data.postings);
    const overheads: number[] = [];
    for (let i = 0; i < REQUESTS + 3; i++) {
      const started = performance.now();
      const response = await fetch(`${stack.functionsUrl}/generate-materials`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: i % 2 ? 'cover_letter' : 'resume',
          profile: profiles[i % profiles.length],
          job: postings[i % postings.length],
        }),
      });
      await response.json();
      const total = performance.now() - started;
      if (response.status !== 200) throw new Error(`generate-materials answered ${response.status}`);
      const provider = Number(/provider;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1]);
      if (i >= 3) overheads.push(total - provider); // the first requests load the function and warm V8
    }
    overheads.sort((a, b) => a - b);
    const p95 = overheads[Math.ceil(overheads.length * 0.95) - 1];
    const p50 = overheads[Math.floor(overheads.length / 2)];
    log(
      `function overhead over ${REQUESTS} requests (provider answering in ${PROVIDER_LATENCY_MS} ms): p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`,
    );
    return Math.round(p95);
  } finally {
    await stack.stop();
    await standin.stop();
  }
}
