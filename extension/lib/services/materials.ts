// Materials in the background: generate (no model, the user's local model, or the hosted function),
// keep each generation as an immutable artifact, record which one is chosen per job and kind, and
// save an edit as a new version with source `user`.
import { type Artifact, type Job, newId, nowIso } from '../../../shared/domain/index.ts';
import {
  buildSources,
  type ChosenVersion,
  checkDoc,
  type MaterialDoc,
  type MaterialJob,
  type MaterialKind,
  type MaterialOptions,
  versionNumber,
} from '../../../shared/materials/index.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import {
  LOCAL_MODEL_KEY,
  type LocalModelSettings,
  type MaterialVia,
  produceMaterial,
  type StoredMaterial,
} from './materials-produce.ts';

export {
  LOCAL_MODEL_KEY,
  type LocalModelSettings,
  type MaterialVia,
  type StoredMaterial,
} from './materials-produce.ts';

export type MaterialOutcome =
  | { ok: true; artifact: Artifact }
  | { ok: false; code: string; message: string; retryAfter?: number };

export function toMaterialJob(job: Job): MaterialJob {
  return {
    id: job.id,
    title: job.title,
    company: job.company,
    descriptionText: job.descriptionText,
    locationText: job.locations?.map((l) => l.raw).join(' / '),
    requirements: job.requirements,
  };
}

export const readMaterial = (artifact: Artifact): StoredMaterial => JSON.parse(artifact.content);

async function store(
  db: JobrakerDatabase,
  job: Job,
  kind: MaterialKind,
  material: StoredMaterial,
  provider: string,
  model?: string,
): Promise<Artifact> {
  const artifact: Artifact = {
    id: newId(),
    jobId: job.id,
    kind,
    content: JSON.stringify(material),
    provider,
    ...(model ? { model } : {}),
    createdAt: nowIso(),
  };
  await db.transaction('rw', db.artifacts, db.jobMaterials, async () => {
    await db.artifacts.add(artifact);
    await db.jobMaterials.add({
      id: newId(),
      jobId: job.id,
      kind,
      artifactId: artifact.id,
      chosenAt: nowIso(),
    });
  });
  return artifact;
}

export interface GenerateInput {
  jobId: string;
  kind: MaterialKind;
  via: MaterialVia;
  options?: Partial<MaterialOptions>;
}

export async function generateMaterial(db: JobrakerDatabase, input: GenerateInput): Promise<MaterialOutcome> {
  const job = await db.jobs.get(input.jobId);
  if (!job) return { ok: false, code: 'no_job', message: 'This job is no longer saved.' };
  const made = await produceMaterial(db, {
    kind: input.kind,
    via: input.via,
    job: toMaterialJob(job),
    options: input.options,
  });
  if (!made.ok) return made;
  return { ok: true, artifact: await store(db, job, input.kind, made.material, made.provider, made.model) };
}

/** An edit is a new version with source `user`; claims the profile does not support are listed, not removed. */
export async function editMaterial(
  db: JobrakerDatabase,
  data: { artifactId: string; doc: MaterialDoc },
): Promise<Artifact> {
  const from = await db.artifacts.get(data.artifactId);
  const job = from && (await db.jobs.get(from.jobId));
  const profile = await db.profiles.toCollection().first();
  if (!from || !job || !profile) throw new Error('The version being edited is gone.');
  const unsupported = checkDoc(data.doc, buildSources(profile, toMaterialJob(job))).map((f) => ({
    text: f.text,
    reason: `Your edit: ${f.reason} (kept, because you wrote it).`,
  }));
  const material: StoredMaterial = {
    doc: data.doc,
    notes: unsupported,
    label: 'Edited by you',
    fallback: null,
    editedFrom: from.id,
  };
  return store(db, job, from.kind as MaterialKind, material, 'user');
}

/** The id of the version chosen for a job and kind: the latest job_materials row. */
export async function currentChoiceId(
  db: JobrakerDatabase,
  jobId: string,
  kind: MaterialKind,
): Promise<string | undefined> {
  return (await db.jobMaterials.where('[jobId+kind]').equals([jobId, kind]).sortBy('chosenAt')).at(-1)
    ?.artifactId;
}

/** The chosen version of a kind for a job, numbered as the Materials tab numbers it. */
export async function chosenVersion(
  db: JobrakerDatabase,
  jobId: string,
  kind: MaterialKind,
): Promise<ChosenVersion | null> {
  const id = await currentChoiceId(db, jobId, kind);
  const artifact = id ? await db.artifacts.get(id) : undefined;
  if (!artifact) return null;
  const versions = (await db.artifacts.where('jobId').equals(jobId).toArray()).filter((a) => a.kind === kind);
  return { version: versionNumber(versions, artifact.id), doc: readMaterial(artifact).doc };
}

export async function chooseMaterial(db: JobrakerDatabase, data: { artifactId: string }): Promise<void> {
  const artifact = await db.artifacts.get(data.artifactId);
  if (!artifact) throw new Error('That version is gone.');
  await db.jobMaterials.add({
    id: newId(),
    jobId: artifact.jobId,
    kind: artifact.kind,
    artifactId: artifact.id,
    chosenAt: nowIso(),
  });
}

export async function setLocalModel(
  db: JobrakerDatabase,
  settings: LocalModelSettings | null,
): Promise<void> {
  if (settings) await db.settings.put({ key: LOCAL_MODEL_KEY, value: settings });
  else await db.settings.delete(LOCAL_MODEL_KEY);
}
