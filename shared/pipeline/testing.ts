// Jobs for tests and the pipeline benchmark: a seeded, varied pipeline (titles, companies, boards, stages,
// descriptions of realistic length), the same every run.
import type { Job } from '../domain/job.ts';
import { STAGES } from '../domain/stages.ts';

const TITLES = [
  'Backend Engineer',
  'Data Scientist',
  'Frontend Developer',
  'Platform Engineer',
  'Product Manager',
  'Site Reliability Engineer',
  'Machine Learning Engineer',
  'Engineering Manager',
  'QA Analyst',
  'Designer',
];
const COMPANIES = [
  'Acme',
  'Initech',
  'Globex',
  'Umbrella',
  'Hooli',
  'Stark Industries',
  'Wayne Enterprises',
  'Soylent',
  'Vandelay',
  'Cyberdyne',
  'Tyrell',
  'Aperture',
];
const HOSTS = [
  'boards.greenhouse.io/x',
  'jobs.lever.co/x',
  'www.linkedin.com/jobs/view',
  'careers.example.com/jobs',
];
const WORDS = (
  'we build reliable distributed systems with typescript postgres kubernetes terraform react python go ' +
  'rust kafka spark airflow analytics experiments customers mentoring ownership on-call latency observability ' +
  'security compliance billing payments search ranking pipelines dashboards accessibility design systems'
).split(' ');

/** A small deterministic generator (mulberry32), so a seed always gives the same pipeline. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticJobs(count: number, seed = 16, descriptionWords = 250): Job[] {
  const rand = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const start = Date.parse('2026-09-01T09:00:00.000Z');
  return Array.from({ length: count }, (_, n) => {
    const at = new Date(start + n * 37 * 60_000).toISOString();
    const url = `https://${pick(HOSTS)}/${n + 1}`;
    const hex = (n + 1).toString(16).padStart(12, '0');
    return {
      id: `01900000-0000-7000-8000-${hex}`,
      title: `${pick(TITLES)} ${n + 1}`,
      company: pick(COMPANIES),
      url,
      canonicalUrl: url,
      ats: null,
      aliases: [],
      fuzzyKey: '',
      provenance: {},
      userEdited: [],
      gaps: [],
      workType: pick(['remote', 'hybrid', 'onsite', null] as const),
      employmentType: pick(['full_time', 'contract', null] as const),
      descriptionText: Array.from({ length: descriptionWords }, () => pick(WORDS)).join(' '),
      stage: pick(STAGES),
      excitement: pick([1, 2, 3, 4, 5, null]),
      deadline: rand() < 0.3 ? `2026-12-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}` : null,
      notes: '',
      createdAt: at,
      updatedAt: at,
      stageChangedAt: at,
    } satisfies Job;
  });
}
