import type { Page } from '@playwright/test';
import type { JobDraft } from '../../shared/domain/index.ts';
import { expect, makeDraft, sendToBackground } from './fixtures.ts';

export interface Seed {
  title: string;
  company: string;
  url?: string;
  description?: string;
  workType?: 'remote' | 'hybrid' | 'onsite';
}

export const seed = (n: number, s: Seed): JobDraft => {
  const draft = makeDraft(n, {
    title: s.title,
    company: s.company,
    ...(s.description ? { descriptionText: s.description } : {}),
    ...(s.workType ? { workType: s.workType } : {}),
  });
  return s.url ? { ...draft, url: s.url, canonicalUrl: s.url } : draft;
};

export async function openBoard(openPage: (name: string) => Promise<Page>, seeds: Seed[]) {
  const page = await openPage('pipeline.html');
  const ids: string[] = [];
  for (const [i, s] of seeds.entries()) {
    const { job } = await sendToBackground<{ job: { id: string } }>(page, 'saveDraft', seed(i + 1, s));
    ids.push(job.id);
  }
  await expect(page.getByTestId('shown-count')).toHaveText(
    `Showing ${seeds.length} job${seeds.length === 1 ? '' : 's'} of ${seeds.length}`,
  );
  return { page, ids };
}

export const column = (page: Page, stage: string) => page.getByTestId(`column-${stage}`);
/** A job's card in a stage's column, found by its title link. */
export const inColumn = (page: Page, stage: string, title: string) =>
  column(page, stage).getByRole('link', { name: title, exact: true });
export const card = (page: Page, title: string) => page.getByTestId('board-card').filter({ hasText: title });
