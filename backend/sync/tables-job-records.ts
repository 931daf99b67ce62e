// Matches, generated artifacts, material choices and autofill receipts: records that hang off a job.
import { z } from 'zod';
import { Artifact, ArtifactKind, MatchResult, Receipt } from '../../shared/domain/documents.ts';
import { boundedText, FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { byId, iso, type RecordSpec, type Row, withoutNulls } from './records.ts';

/** A device keeps one match per job (keyed by the job), so the server row's id is the job's id. */
export const jobMatches: RecordSpec = {
  wire: 'job_matches',
  table: 'job_matches',
  schema: MatchResult,
  idOf: (m) => String(m.jobId),
  columns: ['id', 'job_id', 'persona_id', 'score', 'factors', 'requirements', 'gaps', 'deal_breakers'].concat(
    ['explanation', 'computed_at', 'updated_at', 'deleted_at'],
  ),
  clock: 'updated_at',
  tombstones: true,
  toServer: (m, at) => ({
    id: m.jobId,
    job_id: m.jobId,
    persona_id: m.personaId ?? null,
    score: m.score,
    factors: m.factors,
    requirements: m.requirements,
    gaps: m.gaps,
    deal_breakers: m.dealBreakers,
    explanation: m.explanation,
    computed_at: m.computedAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    jobId: r.job_id,
    personaId: r.persona_id ?? null,
    score: Number(r.score),
    factors: r.factors,
    requirements: r.requirements,
    gaps: r.gaps,
    dealBreakers: r.deal_breakers,
    explanation: r.explanation,
    computedAt: iso(r.computed_at),
  }),
};

export const aiArtifacts: RecordSpec = {
  wire: 'ai_artifacts',
  table: 'ai_artifacts',
  schema: Artifact.extend({ content: boundedText(FIELD_LIMITS.descriptionText) }),
  idOf: byId,
  columns: ['id', 'job_id', 'kind', 'content', 'provider', 'model', 'created_at'],
  clock: 'created_at',
  tombstones: false,
  immutable: true,
  toServer: (a) => ({
    id: a.id,
    job_id: a.jobId,
    kind: a.kind,
    content: a.content,
    provider: a.provider ?? null,
    model: a.model ?? null,
    created_at: a.createdAt,
  }),
  fromServer: (r) =>
    withoutNulls({
      id: r.id,
      jobId: r.job_id,
      kind: r.kind,
      content: r.content,
      provider: r.provider,
      model: r.model,
      createdAt: iso(r.created_at),
    }),
};

export const jobMaterials: RecordSpec = {
  wire: 'job_materials',
  table: 'job_materials',
  schema: z.object({
    id: z.string().uuid(),
    jobId: z.string().uuid(),
    kind: ArtifactKind,
    artifactId: z.string().uuid(),
    chosenAt: z.string().datetime({ offset: true }),
  }),
  idOf: byId,
  columns: ['id', 'job_id', 'kind', 'artifact_id', 'chosen_at'],
  clock: 'chosen_at',
  tombstones: false,
  immutable: true,
  toServer: (m) => ({
    id: m.id,
    job_id: m.jobId,
    kind: m.kind,
    artifact_id: m.artifactId,
    chosen_at: m.chosenAt,
  }),
  fromServer: (r) => ({
    id: r.id,
    jobId: r.job_id,
    kind: r.kind,
    artifactId: r.artifact_id,
    chosenAt: iso(r.chosen_at),
  }),
};

const NO_JOB = 'a receipt syncs with its saved job; this one has none';

/** An autofill receipt is an application the user submitted themselves, with what was sent. */
export const receipts: RecordSpec = {
  wire: 'receipts',
  table: 'applications',
  schema: Receipt.extend({
    jobId: z.string({ error: NO_JOB }).uuid(NO_JOB),
    resumeSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256')
      .nullable(),
  }) as unknown as z.ZodType<Row>,
  idOf: byId,
  columns: [
    'id',
    'job_id',
    'status',
    'method',
    'submitted_url',
    'submitted_at',
    'resume_sha256',
    'answers',
  ].concat(['updated_at', 'deleted_at']),
  clock: 'updated_at',
  tombstones: true,
  pullWhere: 't.submitted_url is not null and t.submitted_at is not null',
  toServer: (r, at) => ({
    id: r.id,
    job_id: r.jobId,
    status: 'submitted_successfully',
    method: 'autofill',
    submitted_url: r.url,
    submitted_at: r.submittedAt,
    resume_sha256: r.resumeSha256 ?? null,
    answers: r.answers,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    id: r.id,
    jobId: r.job_id,
    url: r.submitted_url,
    submittedAt: iso(r.submitted_at),
    resumeSha256: r.resume_sha256 ?? null,
    answers: r.answers,
  }),
};
