/**
 * A 0–1 value as a bar with its text equivalent: screen readers get "Skills: 37%, 1 of 8 key skills"
 * from the meter role, sighted readers the same words beside it.
 */
export function Meter({ label, value, detail }: { label: string; value: number; detail?: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot be themed alike in Chromium and Firefox
    <div
      className="meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={detail ? `${percent}%, ${detail}` : `${percent}%`}
    >
      <span style={{ width: `${percent}%` }} />
    </div>
  );
}
