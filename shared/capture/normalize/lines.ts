/**
 * "Label: value" lines inside a description ("Location: Berlin", "Job type: Full-time"), a common
 * way small career sites print facts. Reads at most the first 300 lines.
 */
export function labelledLine(text: string, label: RegExp, maxLines = 300): string | null {
  const lines = text.slice(0, 60_000).split('\n', maxLines);
  for (const raw of lines) {
    const line = raw.replace(/^•\s*/, '').trim();
    const m = line.match(/^([^:]{2,40}):\s*(.{2,120})$/);
    if (m && label.test(m[1]!.trim())) return m[2]!.trim();
  }
  return null;
}

export const LOCATION_LABEL =
  /^(?:job |work |office )?locations?$|^(?:based in|where)$|^standort$|^lieu$|^ubicación$/i;
export const EMPLOYMENT_LABEL =
  /^(?:employment|job|contract|position|work) ?type$|^(?:employment|schedule|commitment|contract|hours|working hours)$|^type of (?:employment|contract)$|^anstellungsart$|^type de contrat$/i;
