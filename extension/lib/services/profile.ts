import { base64ToBytes } from '../../../shared/domain/base64.ts';
import {
  blankProfile,
  type DocumentMeta,
  DocumentMime,
  FileName,
  MAX_DOCUMENT_BYTES,
  newId,
  nowIso,
  type Persona,
  Persona as PersonaSchema,
  type Profile,
  Profile as ProfileSchema,
  sha256Hex,
} from '../../../shared/domain/index.ts';
import { DEFAULT_WEIGHTS, normalizeWeights } from '../../../shared/match/weights.ts';
import type { JobrakerDatabase } from '../db/database.ts';

export function emptyProfile(): Profile {
  return blankProfile(newId(), nowIso());
}

/** The one profile (created empty on first use). */
export async function getProfile(db: JobrakerDatabase): Promise<Profile> {
  const existing = await db.profiles.toCollection().first();
  if (existing) return existing;
  const profile = emptyProfile();
  await db.profiles.add(profile);
  return profile;
}

/** Validates and stores the profile; a validation error names the field and changes nothing. */
export async function saveProfile(db: JobrakerDatabase, input: Profile): Promise<Profile> {
  const parsed = ProfileSchema.safeParse({ ...input, updatedAt: nowIso() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.') || 'Profile'}: ${issue.message}`);
  }
  await db.transaction('rw', db.profiles, async () => {
    await db.profiles.clear();
    await db.profiles.put(parsed.data);
  });
  return parsed.data;
}

/** Adds a skill the user says they have (from a match gap); adding one twice is a no-op. */
export async function addSkill(db: JobrakerDatabase, name: string): Promise<Profile> {
  const profile = await getProfile(db);
  const clean = name.trim();
  if (!clean || profile.skills.some((s) => s.name.toLowerCase() === clean.toLowerCase())) return profile;
  return saveProfile(db, { ...profile, skills: [...profile.skills, { name: clean, source: 'input' }] });
}

/** Saves a persona; making one active makes every other inactive, and there is always one active. */
export async function savePersona(db: JobrakerDatabase, input: Persona): Promise<Persona> {
  const persona = PersonaSchema.parse({
    ...input,
    weights: normalizeWeights(input.weights),
    updatedAt: nowIso(),
  });
  return db.transaction('rw', db.personas, async () => {
    const others = (await db.personas.toArray()).filter((p) => p.id !== persona.id);
    const active = persona.active || !others.some((p) => p.active);
    if (active)
      for (const p of others.filter((o) => o.active)) await db.personas.put({ ...p, active: false });
    const saved = { ...persona, active };
    await db.personas.put(saved);
    return saved;
  });
}

export async function deletePersona(db: JobrakerDatabase, id: string): Promise<{ trashId: string }> {
  return db.transaction('rw', db.personas, db.trash, async () => {
    const persona = await db.personas.get(id);
    if (!persona) throw new Error('That persona is already gone.');
    const trashId = newId();
    await db.trash.add({ id: trashId, table: 'personas', rows: [persona], deletedAt: nowIso() });
    await db.personas.delete(id);
    const rest = await db.personas.toArray();
    if (persona.active && rest[0]) await db.personas.put({ ...rest[0], active: true });
    return { trashId };
  });
}

export async function restorePersona(db: JobrakerDatabase, trashId: string): Promise<Persona> {
  const entry = await db.trash.get(trashId);
  if (entry?.table !== 'personas') throw new Error('That delete can no longer be undone.');
  const [persona] = entry.rows as [Persona];
  await db.trash.delete(trashId);
  return savePersona(db, { ...persona, active: false });
}

export function newPersona(name: string, targetTitles: string[] = []): Persona {
  return {
    id: newId(),
    name,
    targetTitles,
    resumeDocumentId: null,
    weights: { ...DEFAULT_WEIGHTS },
    active: false,
    updatedAt: nowIso(),
  };
}

export interface NewDocument {
  kind: DocumentMeta['kind'];
  fileName: string;
  mimeType: string;
  base64: string;
  text: string;
}

/** Stores a resume or cover-letter file with its text; the same bytes stored twice stay one document. */
export async function addDocument(db: JobrakerDatabase, doc: NewDocument): Promise<DocumentMeta> {
  const mimeType = DocumentMime.safeParse(doc.mimeType);
  if (!mimeType.success) {
    throw new Error(`${doc.fileName} is not a PDF, DOCX or plain-text file (${doc.mimeType || 'no type'}).`);
  }
  const fileName = FileName.safeParse(doc.fileName);
  if (!fileName.success)
    throw new Error(`"${doc.fileName}" cannot be kept: ${fileName.error.issues[0]?.message}.`);
  const bytes = base64ToBytes(doc.base64);
  if (bytes.length === 0) throw new Error(`${doc.fileName} is empty.`);
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new Error(`${doc.fileName} is over 5 MB; upload a smaller file.`);
  const sha256 = await sha256Hex(bytes);
  return db.transaction('rw', db.documents, db.documentBlobs, async () => {
    const same = await db.documents.where('sha256').equals(sha256).first();
    if (same) return same;
    const meta: DocumentMeta = {
      id: newId(),
      kind: doc.kind,
      fileName: fileName.data,
      mimeType: mimeType.data,
      size: bytes.length,
      sha256,
      text: doc.text,
      createdAt: nowIso(),
    };
    await db.documents.add(meta);
    await db.documentBlobs.add({ id: meta.id, blob: new Blob([bytes], { type: doc.mimeType }) });
    return meta;
  });
}
