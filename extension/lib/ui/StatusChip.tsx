import type { Tone } from '../../../shared/autofill/row-state.ts';

export type { Tone };

const ICON: Record<Tone, string> = { ok: '✓', warn: '!', bad: '✗', neutral: '–' };

/** A state in words with its tone (colour and icon only repeat the words, never replace them). */
export function StatusChip({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span className={`chip tone-${tone}`} data-tone={tone}>
      <span aria-hidden="true">{ICON[tone]}</span>
      {children}
    </span>
  );
}
