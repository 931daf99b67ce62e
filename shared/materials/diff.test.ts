import { describe, expect, it } from 'vitest';
import { generateDeterministic } from './deterministic/index.ts';
import { diffAgainstMaster } from './diff.ts';
import { MaterialOptions, type ResumeDoc } from './schema.ts';
import { job, profile } from './testing.ts';

describe('diff against the master resume', () => {
  const doc = generateDeterministic('resume', profile, job, MaterialOptions.parse({})) as ResumeDoc;
  const diff = diffAgainstMaster(doc, profile);

  it('lists the bullets left out and the skills moved up', () => {
    expect(diff).toContainEqual({
      change: 'left_out',
      where: 'Senior Software Engineer, Acme Analytics',
      text: 'Organised the office book club',
    });
    expect(diff.filter((d) => d.change === 'emphasised').map((d) => d.text)).toContain(
      'PostgreSQL moved up to #2',
    );
  });

  it('shows a reworded bullet with before and after, and a reordering', () => {
    const edited = structuredClone(doc);
    const acme = edited.experience[0];
    acme.bullets = [
      acme.bullets[1],
      { ...acme.bullets[0], text: 'Cut API latency by 40% with PostgreSQL views' },
    ];
    const lines = diffAgainstMaster(edited, profile);
    expect(lines).toContainEqual(
      expect.objectContaining({ change: 'reordered', text: expect.stringContaining('Now #1: Led a team') }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        change: 'reworded',
        text: expect.stringContaining('→ Cut API latency by 40% with PostgreSQL views'),
      }),
    );
  });
});
