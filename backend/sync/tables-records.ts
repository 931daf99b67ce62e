// Document metadata, saved answers, job notes and contacts: one server row per client record.
import { z } from 'zod';
import { DocumentMeta, SavedAnswer } from '../../shared/domain/documents.ts';
import { JobContact, JobNote } from '../../shared/domain/job-notes.ts';
import { boundedText, FIELD_LIMITS } from '../../shared/domain/limits.ts';
import { byId, iso, orNull, type RecordSpec, withoutNulls } from './records.ts';

/** Storage keeps PDF and DOCX only (bucket `resumes`); a plain-text document stays on its device. */
const SyncedMime = z.enum(
  ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  { error: 'only PDF and DOCX documents sync (a plain-text one stays on this device)' },
);
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const documents: RecordSpec = {
  wire: 'documents',
  table: 'documents',
  schema: DocumentMeta.extend({
    mimeType: SyncedMime,
    text: boundedText(FIELD_LIMITS.descriptionText),
    size: z.number().int().nonnegative().max(MAX_DOCUMENT_BYTES, 'files over 5 MB do not sync'),
    updatedAt: z.string().datetime({ offset: true }).optional(),
  }),
  idOf: byId,
  columns: [
    'id',
    'kind',
    'file_name',
    'mime_type',
    'size_bytes',
    'sha256',
    'text',
    'storage_path',
    'created_at',
    'updated_at',
    'deleted_at',
  ],
  clock: 'updated_at',
  tombstones: true,
  // Metadata only: the bytes go to Storage at storage_path ({user_id}/{document_id}/{file name}).
  toServer: (d, at, ctx) => ({
    id: d.id,
    kind: d.kind,
    file_name: d.fileName,
    mime_type: d.mimeType,
    size_bytes: d.size,
    sha256: d.sha256,
    text: d.text,
    storage_path: `${ctx.userId}/${d.id}/${d.fileName}`,
    created_at: d.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    mimeType: r.mime_type,
    size: r.size_bytes,
    sha256: r.sha256,
    text: r.text,
    storagePath: r.storage_path,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }),
};

export const savedAnswers: RecordSpec = {
  wire: 'saved_answers',
  table: 'saved_answers',
  schema: SavedAnswer.extend({
    question: boundedText(FIELD_LIMITS.shortText).min(1),
    answer: boundedText(FIELD_LIMITS.notes),
  }),
  idOf: byId,
  columns: ['id', 'question', 'answer', 'updated_at', 'deleted_at'],
  clock: 'updated_at',
  tombstones: true,
  toServer: (a, at) => ({
    id: a.id,
    question: a.question,
    answer: a.answer,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({ id: r.id, question: r.question, answer: r.answer, updatedAt: iso(r.updated_at) }),
};

export const jobNotes: RecordSpec = {
  wire: 'job_notes',
  table: 'job_notes',
  schema: JobNote,
  idOf: byId,
  columns: ['id', 'job_id', 'body', 'created_at', 'updated_at', 'deleted_at'],
  clock: 'updated_at',
  tombstones: true,
  toServer: (n, at) => ({
    id: n.id,
    job_id: n.jobId,
    body: n.body,
    created_at: n.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) => ({
    id: r.id,
    jobId: r.job_id,
    body: r.body,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  }),
};

export const jobContacts: RecordSpec = {
  wire: 'job_contacts',
  table: 'job_contacts',
  schema: JobContact,
  idOf: byId,
  columns: ['id', 'job_id', 'role', 'name', 'title', 'email', 'phone', 'linkedin_url', 'notes'].concat([
    'created_at',
    'updated_at',
    'deleted_at',
  ]),
  clock: 'updated_at',
  tombstones: true,
  toServer: (c, at) => ({
    id: c.id,
    job_id: c.jobId,
    role: c.role,
    name: c.name,
    title: orNull(c.title),
    email: orNull(c.email),
    phone: orNull(c.phone),
    linkedin_url: orNull(c.linkedinUrl),
    notes: orNull(c.notes),
    created_at: c.createdAt,
    updated_at: at,
    deleted_at: null,
  }),
  fromServer: (r) =>
    withoutNulls({
      id: r.id,
      jobId: r.job_id,
      role: r.role,
      name: r.name,
      title: r.title,
      email: r.email,
      phone: r.phone,
      linkedinUrl: r.linkedin_url,
      notes: r.notes,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    }),
};
