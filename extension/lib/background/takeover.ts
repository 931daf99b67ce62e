import { browser } from 'wxt/browser';
// "Take over": the run stopped for a person (login, CAPTCHA, no confirmation). Open the posting in a tab
// and fill it through the ordinary autofill path (never submitting); the user finishes and records the result.

import type { AutofillReport } from '../autofill/protocol.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { autofillTab } from './autofill-tab.ts';

function loaded(tabId: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, timeoutMs); // a slow page still gets a try
    browser.tabs.onUpdated.addListener(listener);
  });
}

export async function takeOverSubmission(
  db: JobrakerDatabase,
  jobId: string,
): Promise<{ tabId: number; report: AutofillReport }> {
  const job = await db.jobs.get(jobId);
  if (!job) throw new Error('This job is no longer saved.');
  const tab = await browser.tabs.create({ url: job.applyUrl ?? job.url, active: true });
  if (tab.id === undefined) throw new Error('The browser did not open the posting.');
  if (tab.status !== 'complete') await loaded(tab.id);
  return { tabId: tab.id, report: await autofillTab(db, { tabId: tab.id, mode: 'run' }) };
}
