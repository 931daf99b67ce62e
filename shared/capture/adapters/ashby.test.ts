import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../extract.ts';
import ashby from './ashby.ts';

const now = () => new Date('2026-01-15T00:00:00Z');
const titleOf = (heading: string) => {
  const { document } = parseHTML(
    `<html><body><div id="ashby_embed">${heading}<div class="ashby-job-posting-left-pane"><h2>Location</h2><p>Lyon</p></div><div class="ashby-job-posting-right-pane"><div class="_descriptionText_x1"><p>Keep our bakery orders flowing.</p></div></div></div></body></html>`,
  );
  return extractJob(document, 'https://jobs.ashbyhq.com/fournil/0b6f1f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', {
    now,
    adapters: [ashby],
  }).fields.title;
};

describe('Ashby title', () => {
  it('reads the heading h1, not the subtitle an embed prints under it', () => {
    expect(
      titleOf(
        '<div class="ashby-job-posting-heading _container_a1"><h1 class="ashby-job-posting-heading _title_a2">Pastry Planner</h1><p class="_subtitle_a3">Ops &bull; Lyon &bull; Full time</p></div>',
      ),
    ).toBe('Pastry Planner');
  });

  it('reads the classed h1 of the hosted board', () => {
    expect(titleOf('<h1 class="ashby-job-posting-heading">Pastry Planner</h1>')).toBe('Pastry Planner');
  });
});
