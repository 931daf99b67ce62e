// globalSetup for the `integration` project: one throwaway local stack (fresh cluster in a temp folder,
// free ports) for the whole run, so tests never touch `.data/` or a dev stack on 54321/54322.
import type { TestProject } from 'vitest/node';
import { startAnthropicStandin } from '../../backend/local/ai-standin/anthropic.ts';
import { startOpenAiStandin } from '../../backend/local/ai-standin/openai.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbUrl: string;
    apiUrl: string;
    functionsUrl: string;
    storageDir: string;
    openAiStandinUrl: string;
    anthropicStandinUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Provider stand-ins for generate-materials; the functions inherit this environment.
  const openAi = await startOpenAiStandin({ apiKey: 'sk-test' });
  const anthropic = await startAnthropicStandin({ apiKey: 'sk-ant-test' });
  Object.assign(process.env, {
    AI_PROVIDER: 'openai',
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: `${openAi.url}/v1`,
    OPENAI_MODEL: 'gpt-standin',
    ANTHROPIC_API_KEY: 'sk-ant-test',
    ANTHROPIC_BASE_URL: anthropic.url,
    ANTHROPIC_MODEL: 'claude-standin',
    AI_TIMEOUT_MS: '1500',
  });
  const stack = await startScratchStack('it');
  const { postgresMs, healthyMs } = stack.timings;
  console.log(
    `[integration] local stack healthy in ${healthyMs} ms (postgres ${postgresMs} ms) at ${stack.apiUrl}`,
  );
  project.provide('dbUrl', stack.dbUrl);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('functionsUrl', stack.functionsUrl);
  project.provide('storageDir', stack.storageDir);
  project.provide('openAiStandinUrl', openAi.url);
  project.provide('anthropicStandinUrl', anthropic.url);
  process.env.JOBRAKER_TEST_DB_URL = stack.dbUrl;
  process.env.JOBRAKER_TEST_API_URL = stack.apiUrl;
  return async () => {
    await stack.stop();
    await openAi.stop();
    await anthropic.stop();
  };
}
