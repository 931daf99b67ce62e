// A seeded pipeline in the browser database's shapes (jobs, stage events, personas, matches), for the
// analytics tests and benchmark: random walks through the allowed moves, with slips undone an hour later,
// so every measure and every split has something to count. Deterministic for a given seed.
import type { AtsRef, Job, MatchResult, Persona, Stage, StageEvent } from '../domain/index.ts';
import { allowedNextStages } from '../domain/stages.ts';

export interface SeededPipeline {
  jobs: Job[];
  events: StageEvent[];
  personas: Persona[];
  matches: MatchResult[];
}

export interface PipelineSeed {
  jobs: number;
  /** Moves per job cycle through 1..(2 × this − 1), so the mean is this many moves (events = jobs × (1 + this)). */
  meanMoves?: number;
  seed?: number;
  /** Monday 2026-10-05 by default. */
  start?: string;
}

const BOARDS: (AtsRef['ats'] | null)[] = ['greenhouse', 'lever', 'ashby', 'workday', null];
const HOUR = 3_600_000;

export function seededPipeline(options: PipelineSeed): SeededPipeline {
  const random = mulberry32(options.seed ?? 1);
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  const start = Date.parse(options.start ?? '2026-10-05T09:00:00.000Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  const personas: Persona[] = ['Backend', 'Data'].map((name, i) => ({
    id: uuid(),
    name,
    targetTitles: [`${name} Engineer`],
    resumeDocumentId: null,
    weights: {},
    active: i === 0,
    updatedAt: iso(start),
  }));
  const meanMoves = options.meanMoves ?? 3;
  const jobs: Job[] = [];
  const events: StageEvent[] = [];
  const matches: MatchResult[] = [];
  for (let n = 0; n < options.jobs; n++) {
    const id = uuid();
    const board = BOARDS[n % BOARDS.length] ?? null;
    let at = start + Math.floor(random() * 60 * 24) * HOUR;
    const created = at;
    const history: StageEvent[] = [
      { id: uuid(), jobId: id, from: null, to: 'saved', at: iso(at), cause: 'capture' },
    ];
    let stage: Stage = 'saved';
    let moves = 1 + (n % (2 * meanMoves - 1));
    while (moves > 0) {
      const last = moves === 1;
      const next: readonly Stage[] = allowedNextStages(stage).filter(
        (s) => last || allowedNextStages(s).length > 0,
      );
      const to: Stage = next[Math.floor(random() * next.length)] ?? 'withdrawn';
      at += (1 + Math.floor(random() * 14 * 24)) * HOUR;
      const slip = moves >= 2 && random() < 0.1;
      history.push({ id: uuid(), jobId: id, from: stage, to, at: iso(at), cause: 'user' });
      if (slip) {
        at += HOUR;
        history.push({ id: uuid(), jobId: id, from: to, to: stage, at: iso(at), cause: 'undo' });
        moves -= 2;
      } else {
        stage = to;
        moves -= 1;
      }
    }
    const url = `https://boards.example.com/${board ?? 'direct'}/${n}`;
    jobs.push({
      id,
      title: `Engineer ${n}`,
      company: `Company ${n % 50}`,
      url,
      canonicalUrl: url,
      ats: board ? { ats: board, id: String(n) } : null,
      aliases: [],
      fuzzyKey: `company ${n % 50}|engineer ${n}`,
      provenance: {},
      userEdited: [],
      gaps: [],
      stage,
      excitement: null,
      deadline: null,
      notes: '',
      createdAt: iso(created),
      updatedAt: iso(at),
      stageChangedAt: history.at(-1)?.at ?? iso(at),
    });
    events.push(...history);
    const persona = n % 3 === 2 ? null : (personas[n % 3]?.id ?? null);
    if (n % 7 !== 6) matches.push(match(id, persona, iso(at)));
  }
  return { jobs, events, personas, matches };
}

const match = (jobId: string, personaId: string | null, computedAt: string): MatchResult => ({
  jobId,
  personaId,
  score: 70,
  factors: [],
  requirements: [],
  gaps: [],
  dealBreakers: [],
  explanation: 'Seeded',
  computedAt,
});

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
