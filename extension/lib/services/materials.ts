import { browser } from 'wxt/browser';
// Materials in the background: generate (no model, the user's local model, or the hosted function),
// keep each generation as an immutable artifact, record which one is chosen per job and kind, and
// save an edit as a new version with source `user`.
import { createProvider } from '../../../shared/ai/client.ts';
import { ProviderError } from '../../../shared/ai/types.ts';
import { type Artifact, type Job, newId, nowIso } from '../../../shared/domain/index.ts';
import {
  buildSources,
  checkDoc,
  DETERMINISTIC_LABEL,
  DETERMINISTIC_PROVIDER,
  type DropNote,
  generateDeterministic,
  groundNow,
  type MaterialDoc,
  type MaterialJob,
  type MaterialKind,
  MaterialOptions,
} from '../../../shared/materials/index.ts';
import { generateWithProvider } from '../../../shared/materials/with-provider.ts';
import type { JobrakerDatabase } from '../db/database.ts';
import { callHosted } from './materials-hosted.ts';

export type MaterialVia = 'deterministic' | 'local' | 'hosted';

/** What an artifact's `content` holds (JSON). */
export interface StoredMaterial {
  doc: MaterialDoc;
  notes: DropNote[];
  /** Shown beside the material: how it was made. */
  label: string;
  fallback: { code: string; message: string } | null;
  /** For an edit: the version it was edited from. */
  editedFrom?: string;
}

export type MaterialOutcome =
  | { ok: true; artifact: Artifact }
  | { ok: false; code: string; message: string; retryAfter?: number };

export interface LocalModelSettings {
  baseUrl: string;
  model: string;
}
export const LOCAL_MODEL_KEY = 'localModel';

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
  const profile = await db.profiles.toCollection().first();
  if (!job) return { ok: false, code: 'no_job', message: 'This job is no longer saved.' };
  if (!profile?.experience.length && !profile?.skills.length)
    return {
      ok: false,
      code: 'no_profile',
      message:
        'Add your experience in Settings → Profile (or import a resume) first: materials are built only from it.',
    };
  const options = MaterialOptions.parse(input.options ?? {});
  const target = toMaterialJob(job);
  const deterministic = (fallback: StoredMaterial['fallback']) => {
    const grounded = groundNow(
      generateDeterministic(input.kind, profile, target, options),
      buildSources(profile, target),
    );
    return store(
      db,
      job,
      input.kind,
      { ...grounded, label: DETERMINISTIC_LABEL, fallback },
      DETERMINISTIC_PROVIDER,
    );
  };
  if (input.via === 'deterministic') return { ok: true, artifact: await deterministic(null) };

  if (input.via === 'local') {
    const settings = (await db.settings.get(LOCAL_MODEL_KEY))?.value as LocalModelSettings | undefined;
    if (!settings)
      return {
        ok: false,
        code: 'no_local_model',
        message: 'Set up your local model below first (Ollama or LM Studio address and model name).',
      };
    const provider = createProvider(
      {
        kind: 'local',
        baseUrl: settings.baseUrl,
        model: settings.model,
        timeoutMs: 120_000,
        origin: extensionOrigin(),
      },
      { fetch: (url, init) => fetch(url, init) },
    );
    try {
      const out = await generateWithProvider(provider, input.kind, profile, target, options);
      const label = `Written by your local model (${out.model}) and checked against your profile`;
      return {
        ok: true,
        artifact: await store(
          db,
          job,
          input.kind,
          { doc: out.doc, notes: out.notes, label, fallback: null },
          'local',
          out.model,
        ),
      };
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      // 403 from Ollama needs the user to act; say exactly what, rather than hiding it behind a fallback.
      if (error.code === 'forbidden_origin') return { ok: false, code: error.code, message: error.message };
      return { ok: true, artifact: await deterministic({ code: error.code, message: error.message }) };
    }
  }

  const hosted = await callHosted(db, { kind: input.kind, profile, job: target, options });
  if (!hosted.ok) return hosted;
  const out = hosted.response;
  const label = out.fallback
    ? `${DETERMINISTIC_LABEL} (the hosted model failed: ${out.fallback.message})`
    : `Written by ${out.provider} (${out.model}) and checked against your profile`;
  const material = { doc: out.doc, notes: out.notes, label, fallback: out.fallback };
  return { ok: true, artifact: await store(db, job, input.kind, material, out.provider, out.model) };
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

function extensionOrigin(): string {
  // The page's origin as Ollama sees it (chrome-extension://… or moz-extension://…).
  return browser.runtime.getURL('/').replace(/\/$/, '');
}
