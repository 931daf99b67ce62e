/**
 * The one way Jobraker words a fill: "12 filled, 2 need you, 1 did not stick". "Need you" counts
 * the required questions it could not answer; a value the page rejected or reset "did not stick".
 */
export interface FillCounts {
  /** Fields written (after a fill) or that will be (in a preview). */
  filled: number;
  needYou: number;
  /** Values the page refused or changed back (after a fill only). */
  didNotStick?: number;
}

export function fillSummaryText(counts: FillCounts, stage: 'planned' | 'done'): string {
  const verb = stage === 'done' ? 'filled' : 'to fill';
  const stuck = counts.didNotStick ? `, ${counts.didNotStick} did not stick` : '';
  return `${counts.filled} ${verb}, ${counts.needYou} need you${stuck}`;
}
