// Client tables ↔ server schema. Explicit per table: the client keeps camelCase domain objects
// (shared/domain Job, StageEvent), the server keeps normalized snake_case columns. What a client row must
// satisfy before it is mapped: tables-schemas.ts.

type Row = Record<string, unknown>;

const iso = (value: unknown): string | null => (value == null ? null : new Date(String(value)).toISOString());

/** Columns sync writes on public.jobs (user_id comes from the token's `sub` by default). */
export const JOB_COLUMNS = [
  'id',
  'title',
  'company',
  'url',
  'canonical_url',
  'ats',
  'ats_job_id',
  'ats_board',
  'fuzzy_key',
  'locations',
  'work_type',
  'employment_type',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'salary_text',
  'description_html',
  'description_text',
  'requirements_required',
  'requirements_preferred',
  'apply_url',
  'posted_at',
  'valid_through',
  'provenance',
  'user_edited',
  'gaps',
  'stage',
  'excitement',
  'deadline',
  'notes',
  'stage_changed_at',
  'archived_at',
  'tags',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

export function jobToServer(job: Row, deletedAt: string | null): Row {
  const ats = job.ats as { ats?: string; id?: string; board?: string } | null | undefined;
  const salary = job.salary as {
    min?: number;
    max?: number;
    currency?: string;
    period?: string;
    text?: string;
  } | null;
  const requirements = job.requirements as { required?: string[]; preferred?: string[] } | undefined;
  return {
    id: job.id,
    title: job.title,
    company: job.company ?? '',
    url: job.url,
    canonical_url: job.canonicalUrl,
    ats: ats?.ats ?? null,
    ats_job_id: ats?.id ?? null,
    ats_board: ats?.board ?? null,
    fuzzy_key: job.fuzzyKey ?? '',
    locations: job.locations ?? [],
    work_type: job.workType ?? null,
    employment_type: job.employmentType ?? null,
    salary_min: salary?.min ?? null,
    salary_max: salary?.max ?? null,
    salary_currency: salary?.currency ?? null,
    salary_period: salary?.period ?? null,
    salary_text: salary?.text ?? null,
    description_html: job.descriptionHtml ?? null,
    description_text: job.descriptionText ?? null,
    requirements_required: requirements?.required ?? [],
    requirements_preferred: requirements?.preferred ?? [],
    apply_url: job.applyUrl ?? null,
    posted_at: job.postedAt ?? null,
    valid_through: job.validThrough ?? null,
    provenance: job.provenance ?? {},
    user_edited: job.userEdited ?? [],
    gaps: job.gaps ?? [],
    stage: job.stage,
    excitement: job.excitement ?? null,
    deadline: job.deadline ?? null,
    notes: job.notes ?? '',
    stage_changed_at: job.stageChangedAt ?? job.updatedAt,
    archived_at: job.archivedAt ?? null,
    tags: job.tags ?? [],
    created_at: job.createdAt,
    updated_at: job.updatedAt,
    deleted_at: deletedAt,
  };
}

/** `to_jsonb(jobs row)` plus its alias urls → the client's Job. */
export function jobFromServer(r: Row, aliases: string[]): Row {
  const job: Row = {
    id: r.id,
    title: r.title,
    company: r.company,
    url: r.url,
    canonicalUrl: r.canonical_url,
    ats: r.ats ? { ats: r.ats, id: r.ats_job_id, ...(r.ats_board ? { board: r.ats_board } : {}) } : null,
    aliases,
    fuzzyKey: r.fuzzy_key,
    locations: r.locations,
    workType: r.work_type,
    employmentType: r.employment_type,
    salary:
      r.salary_min == null && r.salary_max == null && r.salary_text == null
        ? null
        : {
            min: r.salary_min == null ? null : Number(r.salary_min),
            max: r.salary_max == null ? null : Number(r.salary_max),
            currency: r.salary_currency,
            period: r.salary_period,
            ...(r.salary_text == null ? {} : { text: r.salary_text }),
          },
    requirements: { required: r.requirements_required, preferred: r.requirements_preferred },
    applyUrl: r.apply_url,
    postedAt: r.posted_at,
    validThrough: r.valid_through,
    provenance: r.provenance,
    userEdited: r.user_edited,
    gaps: r.gaps,
    stage: r.stage,
    excitement: r.excitement,
    deadline: r.deadline,
    notes: r.notes,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    stageChangedAt: iso(r.stage_changed_at),
    archivedAt: iso(r.archived_at),
    tags: r.tags,
  };
  if (r.description_html != null) job.descriptionHtml = r.description_html;
  if (r.description_text != null) job.descriptionText = r.description_text;
  if (r.deleted_at != null) job.deletedAt = iso(r.deleted_at);
  return job;
}

export function stageEventFromServer(r: Row): Row {
  return {
    id: r.id,
    jobId: r.job_id,
    from: r.from_stage,
    to: r.to_stage,
    at: iso(r.at),
    cause: r.cause,
    ...(r.note == null ? {} : { note: r.note }),
  };
}
