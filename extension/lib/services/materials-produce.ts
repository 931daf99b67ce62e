// One generation through the provider the person picked: no model, their local model, or the hosted
// function. A failing local model falls back to the deterministic path with the reason kept (the
// hosted function does the same on its side); what needs the person to act is returned as a refusal.

import { browser } from 'wxt/browser';
import { createProvider } from '../../../shared/ai/client.ts';
import { ProviderError } from '../../../shared/ai/types.ts';
import {
  buildSources,
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

export interface LocalModelSettings {
  baseUrl: string;
  model: string;
}
export const LOCAL_MODEL_KEY = 'localModel';

export type Produced =
  | { ok: true; material: StoredMaterial; provider: string; model?: string }
  | { ok: false; code: string; message: string; retryAfter?: number };

function extensionOrigin(): string {
  // The page's origin as Ollama sees it (chrome-extension://… or moz-extension://…).
  return browser.runtime?.id ? browser.runtime.getURL('/').replace(/\/$/, '') : 'chrome-extension://<id>';
}

export async function produceMaterial(
  db: JobrakerDatabase,
  input: { kind: MaterialKind; via: MaterialVia; job: MaterialJob; options?: Partial<MaterialOptions> },
): Promise<Produced> {
  const profile = await db.profiles.toCollection().first();
  if (!profile?.experience.length && !profile?.skills.length)
    return {
      ok: false,
      code: 'no_profile',
      message:
        'Add your experience in Settings → Profile (or import a resume) first: materials are built only from it.',
    };
  const options = MaterialOptions.parse(input.options ?? {});
  const target = input.job;
  const deterministic = (fallback: StoredMaterial['fallback']): Produced => {
    const grounded = groundNow(
      generateDeterministic(input.kind, profile, target, options),
      buildSources(profile, target),
    );
    const material = { ...grounded, label: DETERMINISTIC_LABEL, fallback };
    return { ok: true, material, provider: DETERMINISTIC_PROVIDER };
  };
  if (input.via === 'deterministic') return deterministic(null);

  if (input.via === 'local') {
    const settings = (await db.settings.get(LOCAL_MODEL_KEY))?.value as LocalModelSettings | undefined;
    if (!settings)
      return {
        ok: false,
        code: 'no_local_model',
        message: 'Set up your local model first (Materials tab: Ollama or LM Studio address and model name).',
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
      const material = { doc: out.doc, notes: out.notes, label, fallback: null };
      return { ok: true, material, provider: 'local', model: out.model };
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      // 403 from Ollama needs the user to act; say exactly what, rather than hiding it behind a fallback.
      if (error.code === 'forbidden_origin') return { ok: false, code: error.code, message: error.message };
      return deterministic({ code: error.code, message: error.message });
    }
  }

  const hosted = await callHosted(db, { kind: input.kind, profile, job: target, options });
  if (!hosted.ok) return hosted;
  const out = hosted.response;
  const label = out.fallback
    ? `${DETERMINISTIC_LABEL} (the hosted model failed: ${out.fallback.message})`
    : `Written by ${out.provider} (${out.model}) and checked against your profile`;
  const material = { doc: out.doc, notes: out.notes, label, fallback: out.fallback };
  return { ok: true, material, provider: out.provider, model: out.model };
}
