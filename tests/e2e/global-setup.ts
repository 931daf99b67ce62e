import { startOpenAiStandin } from '../../backend/local/ai-standin/openai.ts';
import { freePort } from '../../backend/local/ports.ts';
import { startScratchStack } from '../../backend/local/scratch-stack.ts';
import { startSkyvernStandIn } from '../../backend/local/skyvern-standin.ts';
import { buildLocalExtension } from '../../scripts/lib/build-extension.ts';
import { buildReactFixture } from '../fixtures/forms-react/build.ts';

/**
 * Builds the development build of the extension (the production build plus local sign-in, which the sync
 * tests use) and what the e2e pages need that is not plain HTML (the React fixture form), and starts a
 * throwaway local backend (free ports, dev tokens on) for the sign-in and sync tests.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (buildLocalExtension('pipe') !== 0) throw new Error('The development build of the extension failed.');
  await buildReactFixture();
  process.env.JOBRAKER_DEV_TOKENS = '1';
  // The hosted-model path of the Materials tab goes through the local backend to this stand-in.
  const openAi = await startOpenAiStandin({ apiKey: 'sk-e2e' });
  // Two Ollama-like local models: one started with OLLAMA_ORIGINS=chrome-extension://*, one without.
  const ollama = await startOpenAiStandin({ ollama: true, allowedOrigins: ['chrome-extension://*'] });
  const ollamaClosed = await startOpenAiStandin({ ollama: true });
  Object.assign(process.env, {
    OPENAI_API_KEY: 'sk-e2e',
    OPENAI_BASE_URL: `${openAi.url}/v1`,
    OPENAI_MODEL: 'gpt-standin',
    JOBRAKER_E2E_OPENAI_STANDIN: openAi.url,
    JOBRAKER_E2E_OLLAMA: ollama.url,
    JOBRAKER_E2E_OLLAMA_CLOSED: ollamaClosed.url,
  });
  // Skyvern submissions run against the stand-in, driven by the stack's own timer.
  const skyvernKey = `sk-e2e-${Date.now()}`;
  const skyvern = await startSkyvernStandIn({ apiKeys: [skyvernKey], runMs: 800 });
  const apiPort = await freePort();
  const stack = await startScratchStack('e2e', {
    apiPort,
    functionsEnv: {
      SKYVERN_API_KEY: skyvernKey,
      SKYVERN_BASE_URL: skyvern.url,
      SKYVERN_WEBHOOK_URL: `http://127.0.0.1:${apiPort}/functions/v1/skyvern-webhook`,
    },
    queueTickMs: 300,
  });
  process.env.JOBRAKER_E2E_API_URL = stack.apiUrl;
  process.env.JOBRAKER_E2E_DB_URL = stack.dbUrl;
  return async () => {
    await stack.stop();
    await openAi.stop();
    await ollama.stop();
    await ollamaClosed.stop();
    await skyvern.stop();
  };
}
