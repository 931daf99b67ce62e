import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { classifyForm } from './shared/autofill/classify/classify-form.ts';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const pat = process.argv[3] ?? '';
for (const c of classifyForm(document as any, { useAdapters: true }) as any[]) {
  const s = JSON.stringify({ id: c.field?.signals?.id, ref: c.field?.ref ?? c.ref, type: c.classification?.type, kind: c.field?.kind, label: c.field?.signals?.label, nearby: c.field?.signals?.nearby?.slice(0, 80), group: c.field?.signals?.group, reason: c.reason });
  if (s.includes(pat)) console.log(s);
}
