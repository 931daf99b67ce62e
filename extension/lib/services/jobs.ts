import { canonicalUrl as canonicalOf } from '../../../shared/capture/identity.ts';
import {
  applyUserEdit,
  changeStage,
  type Job,
  type JobDraft,
  jobFromDraft,
  mergeDraftIntoJob,
  newId,
  nowIso,
  type PostingFields,
  type Stage,
  type StageEvent,
  tagProblem,
  tidyTag,
} from '../../../shared/domain/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export interface SaveResult {
  job: Job;
  /** false when the posting was already saved: the card was updated, not duplicated. */
  created: boolean;
  /** Other saved jobs that look like the same posting on another board, for the user to confirm. */
  sameJobCandidates: Pick<Job, 'id' | 'title' | 'company' | 'url'>[];
}

/** Finds the job a capture belongs to: same canonical URL, a known alias, or the same ATS job id. */
export async function findExisting(db: JobrakerDatabase, draft: JobDraft): Promise<Job | undefined> {
  const byUrl =
    (await db.jobs.where('canonicalUrl').equals(draft.canonicalUrl).first()) ??
    (await db.jobs.where('aliases').anyOf(draft.canonicalUrl, draft.url).first());
  if (byUrl || !draft.ats) return byUrl;
  const { ats, id } = draft.ats;
  return db.jobs.filter((j) => j.ats?.ats === ats && j.ats.id === id).first();
}

/** Saves a capture: a new card the first time, an update (keeping the user's edits) after that. */
export async function saveDraft(db: JobrakerDatabase, draft: JobDraft): Promise<SaveResult> {
  return db.transaction('rw', db.jobs, db.stageEvents, async () => {
    const now = nowIso();
    const existing = await findExisting(db, draft);
    if (existing) {
      const job = mergeDraftIntoJob(existing, draft, now);
      await db.jobs.put(job);
      return { job, created: false, sameJobCandidates: [] };
    }
    const job = jobFromDraft(draft, newId(), now);
    const event: StageEvent = {
      id: newId(),
      jobId: job.id,
      from: null,
      to: 'saved',
      at: now,
      cause: 'capture',
    };
    const candidates = job.company ? await db.jobs.where('fuzzyKey').equals(job.fuzzyKey).toArray() : [];
    await db.jobs.add(job);
    await db.stageEvents.add(event);
    return {
      job,
      created: true,
      sameJobCandidates: candidates.map(({ id, title, company, url }) => ({ id, title, company, url })),
    };
  });
}

export async function getJob(db: JobrakerDatabase, jobId: string): Promise<Job> {
  const job = await db.jobs.get(jobId);
  if (!job) throw new Error('That job is no longer saved (it may have been deleted on another screen).');
  return job;
}

export async function moveJob(
  db: JobrakerDatabase,
  jobId: string,
  to: Stage,
  cause: StageEvent['cause'] = 'user',
): Promise<Job> {
  return db.transaction('rw', db.jobs, db.stageEvents, async () => {
    const { job, event } = changeStage(await getJob(db, jobId), to, cause);
    await db.jobs.put(job);
    await db.stageEvents.add(event);
    return job;
  });
}

/** Reverts the most recent stage change of a job, recording the revert as its own event. */
export async function undoLastMove(db: JobrakerDatabase, jobId: string): Promise<Job> {
  const events = await db.stageEvents.where('jobId').equals(jobId).sortBy('at');
  const last = events.filter((e) => e.cause !== 'undo').at(-1);
  if (!last?.from) throw new Error('There is no stage change to undo for this job.');
  return moveJob(db, jobId, last.from, 'undo');
}

export interface JobPatch {
  fields?: Partial<PostingFields>;
  excitement?: number | null;
  deadline?: string | null;
  notes?: string;
  /** The whole new list of the user's tags. */
  tags?: string[];
}

/** The tags as the user will see them stored, or an error that says which one cannot be kept and why. */
function checkedTags(tags: readonly string[]): string[] {
  const kept: string[] = [];
  for (const tag of tags) {
    const problem = tagProblem(kept, tag);
    if (problem) throw new Error(problem);
    kept.push(tidyTag(tag));
  }
  return kept;
}

export async function updateJob(db: JobrakerDatabase, jobId: string, patch: JobPatch): Promise<Job> {
  return db.transaction('rw', db.jobs, async () => {
    const now = nowIso();
    let job = await getJob(db, jobId);
    if (patch.fields && Object.keys(patch.fields).length) job = applyUserEdit(job, patch.fields, now);
    if (patch.excitement !== undefined) job = { ...job, excitement: patch.excitement };
    if (patch.deadline !== undefined) job = { ...job, deadline: patch.deadline };
    if (patch.notes !== undefined) job = { ...job, notes: patch.notes };
    if (patch.tags !== undefined) job = { ...job, tags: checkedTags(patch.tags) };
    job = { ...job, updatedAt: now };
    await db.jobs.put(job);
    return job;
  });
}

/** The user confirmed two cards are one job: keep `keepId`, fold the other's URLs and history into it. */
export async function linkSameJob(db: JobrakerDatabase, keepId: string, dropId: string): Promise<Job> {
  return db.transaction('rw', db.jobs, db.stageEvents, db.matches, async () => {
    const keep = await getJob(db, keepId);
    const drop = await getJob(db, dropId);
    const aliases = [...new Set([...keep.aliases, drop.canonicalUrl, drop.url, ...drop.aliases])].filter(
      (u) => u !== keep.canonicalUrl,
    );
    const merged: Job = { ...keep, aliases, ats: keep.ats ?? drop.ats, updatedAt: nowIso() };
    await db.stageEvents.where('jobId').equals(dropId).modify({ jobId: keepId });
    await db.matches.delete(dropId);
    await db.jobs.delete(dropId);
    await db.jobs.put(merged);
    return merged;
  });
}

export interface UrlStatus {
  jobId: string;
  title: string;
  stage: Stage;
  savedAt: string;
  stageChangedAt: string;
}

/** What the in-page button shows on a posting the user saved before. */
export async function statusForUrl(
  db: JobrakerDatabase,
  canonicalUrl: string,
  url: string,
): Promise<UrlStatus | null> {
  const job =
    (await db.jobs.where('canonicalUrl').anyOf(canonicalUrl, url).first()) ??
    (await db.jobs.where('aliases').anyOf(canonicalUrl, url).first());
  return job
    ? {
        jobId: job.id,
        title: job.title,
        stage: job.stage,
        savedAt: job.createdAt,
        stageChangedAt: job.stageChangedAt,
      }
    : null;
}

/** The saved job a page belongs to: its posting URL, an alias, or its application URL. */
export async function findJobByUrl(db: JobrakerDatabase, url: string): Promise<Job | undefined> {
  const canonical = canonicalOf(url);
  return (
    (await db.jobs.where('canonicalUrl').anyOf(canonical, url).first()) ??
    (await db.jobs.where('aliases').anyOf(canonical, url).first()) ??
    (await db.jobs.filter((j) => !!j.applyUrl && canonicalOf(j.applyUrl) === canonical).first())
  );
}
