/**
 * The state a preview row shows, in one place: before a fill what will happen, after it what did
 * (filled, did not stick, skipped, needs you), its words, its tone, and the worst state of a form,
 * which colours the summary.
 */

/** What the plan said about a field. */
export type PlannedStatus = 'fill' | 'needs-you' | 'skip';
/** What the fill did to a field it wrote (unset in a preview). */
export type FillOutcome = 'filled' | 'did-not-stick' | 'not-written';

export type RowState = 'will-fill' | 'filled' | 'did-not-stick' | 'needs-you' | 'skipped';
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export const ROW_STATE_WORDS: Record<RowState, string> = {
  'will-fill': 'Will fill',
  filled: 'Filled',
  'did-not-stick': 'Did not stick',
  'needs-you': 'Needs you',
  skipped: 'Skipped',
};

export const ROW_STATE_TONE: Record<RowState, Tone> = {
  'will-fill': 'ok',
  filled: 'ok',
  'did-not-stick': 'bad',
  'needs-you': 'warn',
  skipped: 'neutral',
};

const SEVERITY: Record<Tone, number> = { neutral: 0, ok: 1, warn: 2, bad: 3 };

/**
 * A row's state. After a fill (`done`), a field planned for filling is filled or did not stick; one the
 * fill did not write (the page changed it, or it vanished) counts as skipped, never as "will fill".
 */
export function rowState(status: PlannedStatus, outcome: FillOutcome | undefined, done: boolean): RowState {
  if (status === 'needs-you') return 'needs-you';
  if (status === 'skip') return 'skipped';
  if (outcome === 'filled') return 'filled';
  if (outcome === 'did-not-stick') return 'did-not-stick';
  if (outcome === 'not-written' || done) return 'skipped';
  return 'will-fill';
}

/** The tone of a form's summary: its worst row (a value that did not stick outweighs one that needs you). */
export function worstTone(states: RowState[]): Tone {
  let worst: Tone = 'neutral';
  for (const s of states) if (SEVERITY[ROW_STATE_TONE[s]] > SEVERITY[worst]) worst = ROW_STATE_TONE[s];
  return worst;
}
