import { type AtsAdapter, findAdapter } from '../adapters/registry.ts';
import type { ScanRoot } from '../scan/dom.ts';
import type { ScanOptions } from '../scan/scan-form.ts';
import { scanForm } from '../scan/scan-form.ts';
import type { ClassifiedField } from '../types.ts';
import { classifyField } from './classify.ts';
import { reconcileForm } from './form-consistency.ts';

export interface ClassifyFormOptions extends ScanOptions {
  /** Page or frame URL, to pick an ATS adapter; without it the markup decides. */
  url?: string;
  /** false = rules and autocomplete only (to measure the rules on their own). */
  useAdapters?: boolean;
}

/** Scan and classify every control under root. */
export function classifyForm(root: ScanRoot, options: ClassifyFormOptions = {}): ClassifiedField[] {
  let adapter: AtsAdapter | null = null;
  try {
    adapter = options.useAdapters === false ? null : findAdapter(root, options.url);
  } catch {
    adapter = null;
  }
  const classified = scanForm(root, options).map((field): ClassifiedField => {
    try {
      return { field, classification: classifyField(field, { adapter }) };
    } catch (error) {
      // an unexpected page shape is "other" (never filled), not a failed scan
      return {
        field,
        classification: {
          type: 'other',
          confidence: 0,
          source: 'none',
          reason: `classifier error: ${(error as Error).message}`,
        },
      };
    }
  });
  return reconcileForm(classified);
}
