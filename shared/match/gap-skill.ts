/**
 * The skill a gap line names, when the gap is a missing skill ("Kubernetes (required)",
 * "Rust (preferred, you have related experience)"), so the side panel can offer "I have this".
 * Other gaps (years, degree, deal-breakers) return null: they are not fixed by adding a skill.
 */
export function skillInGap(gap: string): string | null {
  const m = gap.match(/^(.+?) \((?:required|preferred)(?:, [^)]*)?\)$/);
  return m ? m[1]! : null;
}
