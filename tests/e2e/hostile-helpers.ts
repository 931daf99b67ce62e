import type { BrowserContext, Page } from '@playwright/test';
import { seedProfile } from './autofill-helpers.ts';
import { sendToBackground } from './fixtures.ts';

/** What a hostile page could change in the person's data: counts, and the saved answers' text. */
export async function dataSnapshot(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        jobs: number;
        receipts: number;
        stageEvents: number;
        answers: string[];
        profile: string;
      }>((resolve) => {
        const open = indexedDB.open('jobraker');
        open.onsuccess = () => {
          const tx = open.result.transaction(['jobs', 'receipts', 'stageEvents', 'savedAnswers', 'profiles']);
          const all = (name: string) =>
            new Promise<unknown[]>((r) => {
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => r(req.result);
            });
          void Promise.all(['jobs', 'receipts', 'stageEvents', 'savedAnswers', 'profiles'].map(all)).then(
            ([jobs, receipts, stageEvents, answers, profile]) =>
              resolve({
                jobs: jobs!.length,
                receipts: receipts!.length,
                stageEvents: stageEvents!.length,
                answers: (answers as { question: string; answer: string }[]).map(
                  (a) => `${a.question} = ${a.answer}`,
                ),
                profile: JSON.stringify(profile),
              }),
          );
        };
      }),
  );
}

export const SAVED_WHY = 'I have built patient-facing apps for six years.';

/** The seeded profile plus a saved demographic choice and a saved custom answer (what an attacker wants). */
export async function seedEverything(page: Page): Promise<void> {
  await seedProfile(page);
  const bundle = JSON.parse(await sendToBackground<string>(page, 'exportData', undefined)) as {
    profile: Record<string, unknown>;
    savedAnswers: unknown[];
  };
  bundle.profile.eeo = { gender: 'Female' };
  bundle.savedAnswers = [
    {
      id: '01930000-0000-7000-8000-0000000000aa',
      question: 'Why do you want to work here?',
      answer: SAVED_WHY,
      updatedAt: new Date().toISOString(),
    },
  ];
  await sendToBackground(page, 'importData', { text: JSON.stringify(bundle) });
}

/** Every value that reached a trap field (inputs marked `.trap`), with the file count for file inputs. */
export function trapValues(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('.trap')).map((el) => ({
      id: el.id,
      value: el.type === 'file' ? String(el.files?.length ?? 0) : el.value,
    })),
  );
}

/**
 * Sends background messages from a content script's world in a web page's tab (what a compromised
 * or tricked content script could do), without any user gesture. Returns each reply or error.
 */
export async function sendFromPageWorld(
  context: BrowserContext,
  pageUrl: string,
  messages: { type: string; data: unknown }[],
): Promise<{ type: string; ok: boolean; error?: string }[]> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return worker.evaluate(
    async ([url, msgs]) => {
      const [tab] = await chrome.tabs.query({ url });
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [msgs],
        func: async (list: { type: string; data: unknown }[]) => {
          const out: { type: string; ok: boolean; error?: string }[] = [];
          for (const { type, data } of list) {
            const reply = (await chrome.runtime.sendMessage({
              id: 1,
              type,
              data,
              timestamp: Date.now(),
            })) as {
              err?: { message: string };
            };
            out.push(reply?.err ? { type, ok: false, error: reply.err.message } : { type, ok: true });
          }
          return out;
        },
      });
      return frame!.result as { type: string; ok: boolean; error?: string }[];
    },
    [pageUrl.split('#')[0]!, messages] as const,
  );
}
