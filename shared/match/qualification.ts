/**
 * A professional qualification's stage (ACCA, CIMA, CPA, ACA, chartered and the like): someone still
 * sitting the exams is a stage below a posting that asks for a fully qualified professional or for
 * years after qualifying (PQE), however many years they have worked.
 */
import type { PreparedJob } from './types.ts';

/** "ACCA part-qualified", "exams passed (9 of 13)", "studying for CIMA", "CPA candidate". */
const PART_QUALIFIED =
  /\b[Pp]art[- ][Qq]ualified\b|\b[Ee]xams?\b[^.;]{0,25}\b\d{1,2} of \d{1,2}\b|\b\d{1,2} of \d{1,2} (?:exams|papers|modules)\b|\b(?:[Ss]tudying|[Ss]itting) (?:for|towards) (?:the )?[A-Z]{2,5}\b|\b[A-Z]{3,5} (?:student|candidate|finalist)\b/;

/** "Fully qualified ACCA", "we cannot consider part-qualified candidates", "3 years' PQE". */
const ASKS_FULLY =
  /\bfully[- ]qualified\b|\bpart[- ]qualified (?:candidates? |applicants? )?(?:will not|cannot|can't|are not|is not)\b|\bnot (?:be )?(?:able to )?consider(?:ed)? part[- ]qualified\b|\bpost[- ]qualification experience\b|\bPQE\b/i;
/** "Fully or part-qualified", "part-qualified candidates welcome": the posting takes both. */
const TAKES_PART =
  /\bfully or part\b|\bor part[- ]qualified\b|\bpart[- ]qualified (?:candidates? |applicants? )?(?:are )?(?:welcome|considered|accepted|encouraged)\b/i;

export const isPartQualified = (texts: readonly string[]) => texts.some((t) => PART_QUALIFIED.test(t));

/** The posting's required line asking for a fully qualified professional, if any. */
export function asksFullyQualified(job: PreparedJob): boolean {
  if (TAKES_PART.test(job.parsed.text)) return false;
  return job.parsed.items.some((i) => i.kind === 'required' && ASKS_FULLY.test(i.text));
}
