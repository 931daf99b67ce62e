import { z } from 'zod';
import { Id, IsoDateTime, WebUrl } from './common.ts';
import { boundedText } from './limits.ts';
import { MatchFactor } from './profile.ts';

/** The file types Jobraker keeps (resume import reads PDF, DOCX and plain text). */
export const DOCUMENT_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;
/** The largest file kept (the Storage bucket's limit too). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Hex SHA-256 of a file's bytes: how receipts and devices tell which exact file was sent. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const DocumentMime = z.enum(DOCUMENT_MIME_TYPES, {
  error: 'Only PDF, DOCX and plain-text files are kept',
});

/**
 * A file's own name, never a path: it is handed to upload fields as the file's name, so `../../evil.exe`,
 * a folder separator or a control character must not pass.
 */
export const FileName = boundedText(255)
  .min(1)
  .refine((name) => !/[/\\\p{Cc}]/u.test(name) && !/^\.{1,2}$/.test(name.trim()), {
    message: 'A file name cannot contain /, \\ or control characters, or be . or ..',
  });

/** A resume or cover-letter file. The bytes live beside it (Blob locally, Storage remotely). */
export const DocumentMeta = z.object({
  id: Id,
  kind: z.enum(['resume', 'cover_letter']),
  fileName: FileName,
  mimeType: DocumentMime,
  size: z.number().int().nonnegative(),
  /** Hex SHA-256 of the bytes: receipts record which exact file was sent. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
  createdAt: IsoDateTime,
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const RequirementEvidence = z.object({
  text: z.string(),
  kind: z.enum(['required', 'preferred']),
  category: z.enum(['skill', 'experience', 'degree', 'seniority', 'location', 'salary', 'other']),
  status: z.enum(['met', 'partial', 'missing']),
  /** The profile line that meets it; absent when missing. */
  evidence: z.string().optional(),
});
export type RequirementEvidence = z.infer<typeof RequirementEvidence>;

/**
 * One thing that would improve a match, as data the side panel renders ("I have this" on a skill),
 * never prose read back. `text` is how it is worded.
 */
export const MatchGap = z.object({
  kind: z.enum(['deal-breaker', 'note', 'skill', 'years', 'degree']),
  text: z.string(),
  /** A missing skill's canonical name, how the posting asks for it, and whether related experience counts. */
  skill: z.string().optional(),
  importance: z.enum(['required', 'preferred']).optional(),
  related: z.boolean().optional(),
});
export type MatchGap = z.infer<typeof MatchGap>;

export const MatchResult = z.object({
  jobId: Id,
  personaId: Id.nullable(),
  score: z.number().min(0).max(100),
  /**
   * The score before it is rounded for display: lists sort by it, so two jobs that both show 82 keep
   * the order the evidence gives them. Absent on results stored before it existed.
   */
  rank: z.number().min(0).max(100).optional(),
  factors: z.array(
    z.object({
      factor: MatchFactor,
      score: z.number().min(0).max(1),
      weight: z.number(),
      detail: z.string(),
    }),
  ),
  requirements: z.array(RequirementEvidence),
  gaps: z.array(MatchGap),
  dealBreakers: z.array(z.string()),
  explanation: z.string(),
  /** What moved the score beyond the factors: what the work is about, level, a posting with little text. */
  adjustments: z
    .array(
      z.object({
        kind: z.enum([
          'relevance',
          'level',
          'thin_posting',
          'work_rights',
          'ruled_out',
          'employment_terms',
          'specialty',
          'leaving',
          'refused_move',
          'second_choice',
        ]),
        /** Points added (positive) or taken (negative) on the 0–100 scale. */
        points: z.number(),
        detail: z.string(),
      }),
    )
    .optional(),
  computedAt: IsoDateTime,
});
export type MatchResult = z.infer<typeof MatchResult>;

export const ArtifactKind = z.enum([
  'resume',
  'cover_letter',
  'answers',
  'skills_optimization',
  'company_research',
  'gap_analysis',
]);
/** Generated material. Immutable: a new generation is a new artifact. */
export const Artifact = z.object({
  id: Id,
  jobId: Id,
  kind: ArtifactKind,
  content: z.string(),
  provider: z.string().optional(),
  model: z.string().optional(),
  createdAt: IsoDateTime,
});
export type Artifact = z.infer<typeof Artifact>;

/** A custom question answered once, reused next time by similarity. */
export const SavedAnswer = z.object({
  id: Id,
  question: z.string().min(1),
  answer: z.string(),
  updatedAt: IsoDateTime,
});
export type SavedAnswer = z.infer<typeof SavedAnswer>;

/** What was sent with an application, kept after the user submits. */
export const Receipt = z.object({
  id: Id,
  jobId: Id.nullable(),
  url: WebUrl,
  submittedAt: IsoDateTime,
  resumeSha256: z.string().nullable(),
  answers: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type Receipt = z.infer<typeof Receipt>;
