// The job detail page's records: interview rounds, offers, people (linked to several jobs) and their
// interaction log. Client shapes: shared/domain/interviews-offers.ts and people.ts.
import { InterviewRound, Offer } from '../../shared/domain/interviews-offers.ts';
import { Interaction, Person } from '../../shared/domain/people.ts';
import { byId, iso, orNull, type RecordSpec, withoutNulls } from './records.ts';

const TIMES = ['created_at', 'updated_at', 'deleted_at'];

export const interviewPrep: RecordSpec = {
  wire: 'interview_prep',
  table: 'interview_prep',
  schema: InterviewRound,
  idOf: byId,
  columns: ['id', 'job_id', 'kind', 'scheduled_at', 'interviewers', 'questions', 'notes', 'feedback'].concat(
    TIMES,
  ),
  clock: 'updated_at',
  tombstones: true,
  toServer: (r, at) => ({
    id: r.id,
    job_id: r.jobId,
    kind: r.kind,
    scheduled_at: r.scheduledAt,
    interviewers: r.interviewers,
    questions: r.questions,
    notes: r.notes,
    feedback: orNull(r.feedback),
    created_at: r.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    ...withoutNulls({
      id: r.id,
      jobId: r.job_id,
      kind: r.kind,
      interviewers: r.interviewers,
      questions: r.questions,
      notes: r.notes,
      feedback: r.feedback,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }),
    // A round not yet scheduled is null in the client shape, not absent.
    scheduledAt: iso(r.scheduled_at),
  }),
};

export const offers: RecordSpec = {
  wire: 'offers',
  table: 'offers',
  schema: Offer,
  idOf: byId,
  columns: [
    'id',
    'job_id',
    'status',
    'base_salary',
    'currency',
    'period',
    'bonus',
    'equity',
    'benefits',
  ].concat(['start_date', 'respond_by', 'notes', 'negotiation'], TIMES),
  clock: 'updated_at',
  tombstones: true,
  toServer: (o, at) => ({
    id: o.id,
    job_id: o.jobId,
    status: o.status,
    base_salary: o.baseSalary,
    currency: o.currency,
    period: o.period,
    bonus: orNull(o.bonus),
    equity: orNull(o.equity),
    benefits: orNull(o.benefits),
    start_date: o.startDate,
    respond_by: o.respondBy,
    notes: o.notes,
    negotiation: o.negotiation ?? [],
    created_at: o.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    ...withoutNulls({
      id: r.id,
      jobId: r.job_id,
      status: r.status,
      bonus: r.bonus,
      equity: r.equity,
      benefits: r.benefits,
      notes: r.notes,
      negotiation: r.negotiation,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }),
    // Absent terms are null in the client shape, not missing.
    baseSalary: r.base_salary == null ? null : Number(r.base_salary),
    currency: r.currency ?? null,
    period: r.period ?? null,
    startDate: r.start_date ?? null,
    respondBy: r.respond_by ?? null,
  }),
};

export const people: RecordSpec = {
  wire: 'people',
  table: 'people',
  schema: Person,
  idOf: byId,
  columns: ['id', 'name', 'role', 'email', 'phone', 'linkedin_url', 'job_ids'].concat(TIMES),
  clock: 'updated_at',
  tombstones: true,
  toServer: (p, at) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    email: orNull(p.email),
    phone: orNull(p.phone),
    linkedin_url: orNull(p.linkedinUrl),
    job_ids: p.jobIds,
    created_at: p.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) =>
    withoutNulls({
      id: r.id,
      name: r.name,
      role: r.role,
      email: r.email,
      phone: r.phone,
      linkedinUrl: r.linkedin_url,
      jobIds: r.job_ids,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }),
};

export const personInteractions: RecordSpec = {
  wire: 'person_interactions',
  table: 'person_interactions',
  schema: Interaction,
  idOf: byId,
  columns: ['id', 'person_id', 'job_id', 'happened_on', 'channel', 'summary'].concat(TIMES),
  clock: 'updated_at',
  tombstones: true,
  toServer: (i, at) => ({
    id: i.id,
    person_id: i.personId,
    job_id: i.jobId,
    happened_on: i.on,
    channel: i.channel,
    summary: i.summary,
    created_at: i.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    id: r.id,
    personId: r.person_id,
    jobId: r.job_id ?? null,
    on: r.happened_on,
    channel: r.channel,
    summary: r.summary,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }),
};
