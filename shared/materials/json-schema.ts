// The zod schema of a kind as the JSON Schema providers receive. OpenAI's strict mode takes a subset
// (the older guide: no minLength/maxLength/minItems/maxItems); Ollama, LM Studio and Anthropic take it
// too, so one stricter schema goes everywhere and zod still enforces the limits on the answer.
import { z } from 'zod';
import { DOC_SCHEMAS, type MaterialKind } from './schema.ts';

const DROP = new Set(['$schema', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'format']);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key)) continue;
    // `const` is newer than some servers' grammar support; a one-value enum says the same.
    if (key === 'const') out.enum = [value];
    else out[key] = strip(value);
  }
  return out;
}

export function jsonSchemaFor(kind: MaterialKind): Record<string, unknown> {
  return strip(z.toJSONSchema(DOC_SCHEMAS[kind])) as Record<string, unknown>;
}
