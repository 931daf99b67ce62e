import type { MatchGap, RequirementEvidence } from '../domain/index.ts';
import { skillById } from '../skills/index.ts';
import { degreeName, type SkillCredit } from './factors.ts';
import type { PreparedProfile } from './profile.ts';
import type { PreparedJob, RequirementItem } from './types.ts';

type Status = RequirementEvidence['status'];
const RANK: Record<Status, number> = { missing: 0, partial: 1, met: 2 };
const worst = (a: Status, b: Status): Status => (RANK[a] <= RANK[b] ? a : b);

function skillStatus(item: RequirementItem, p: PreparedProfile): { status: Status; evidence?: string } {
  // Each group of alternatives counts once, at its best member.
  let sum = 0;
  let max = 0;
  let best: { credit: number; via: number } | undefined;
  for (const group of item.groups) {
    let groupBest = 0;
    for (const id of group) {
      const c = p.credits.get(id);
      const v = c?.credit ?? 0;
      groupBest = Math.max(groupBest, v);
      if (c && v > max) [max, best] = [v, c];
    }
    sum += groupBest;
  }
  const value = sum / item.groups.length;
  // Partial needs a directly related skill (credit 0.5); two links away still scores, quietly.
  const status: Status = value >= 0.99 ? 'met' : max >= 0.5 ? 'partial' : 'missing';
  if (!best || status === 'missing') return { status };
  const line = p.evidence.get(best.via);
  const evidence =
    best.credit >= 1 ? line : `Related: ${skillById(best.via).name}${line ? ` — ${line}` : ''}`;
  return { status, evidence };
}

/** A line naming no skill we know: the profile line sharing most of its words, if any. */
function textStatus(item: RequirementItem, p: PreparedProfile): { status: Status; evidence?: string } {
  const words = item.words;
  if (words.length === 0) return { status: 'missing' };
  const counts = new Map<number, number>();
  let best = 0;
  let line: string | undefined;
  for (const w of words) {
    for (const i of p.wordIndex.get(w) ?? []) {
      const n = (counts.get(i) ?? 0) + 1;
      counts.set(i, n);
      if (n > best) [best, line] = [n, p.lines[i].text];
    }
  }
  const share = best / words.length;
  if (best >= 2 && share >= 0.6) return { status: 'met', evidence: line };
  if (best >= 2 && share >= 0.3) return { status: 'partial', evidence: line };
  return { status: 'missing' };
}

/** Each requirement line of the posting, with the profile line that meets it or "missing". */
export function requirementEvidence(
  p: PreparedProfile,
  job: PreparedJob,
  locationOk: boolean | null,
): RequirementEvidence[] {
  return job.parsed.items.map((item) => {
    let status: Status = 'met';
    let evidence: string | undefined;
    let category: RequirementEvidence['category'] = 'other';
    let judged = false;
    if (item.years !== undefined) {
      category = 'experience';
      judged = true;
      status = p.years >= item.years ? 'met' : p.years >= item.years * 0.7 ? 'partial' : 'missing';
      evidence = p.yearsEvidence;
    }
    if (item.degree !== undefined) {
      if (!judged) category = 'degree';
      judged = true;
      const have = p.degree?.level ?? 0;
      const s: Status =
        have >= item.degree ? 'met' : item.degreeFlexible && p.years >= 4 ? 'partial' : 'missing';
      status = worst(status, s);
      evidence ??=
        p.degree?.text ??
        (s === 'partial' ? `${p.yearsEvidence} (in place of a ${degreeName(item.degree)})` : undefined);
    }
    if (item.skills.length) {
      if (!judged) category = 'skill';
      judged = true;
      const s = skillStatus(item, p);
      status = worst(status, s.status);
      evidence = s.evidence ?? evidence;
    }
    if (!judged && item.locationCue && locationOk !== null) {
      category = 'location';
      judged = true;
      status = locationOk ? 'met' : 'missing';
    }
    if (!judged) {
      const s = textStatus(item, p);
      status = s.status;
      evidence = s.evidence;
    }
    const out: RequirementEvidence = { text: item.text, kind: item.kind, category, status };
    if (evidence && status !== 'missing') out.evidence = evidence;
    return out;
  });
}

/** The few things that would most improve the match, deal-breakers first. */
export function topGaps(
  p: PreparedProfile,
  job: PreparedJob,
  credits: SkillCredit[],
  place: { dealBreakers: string[]; notes: string[] },
): MatchGap[] {
  const gaps: MatchGap[] = [
    ...place.dealBreakers.map((text) => ({ kind: 'deal-breaker' as const, text })),
    ...place.notes.map((text) => ({ kind: 'note' as const, text })),
  ];
  const missing = credits
    .filter((c) => c.credit < 1 && c.weight >= 1.5)
    .sort((a, b) => b.weight - a.weight || a.credit - b.credit || a.id - b.id);
  for (const c of missing.slice(0, 4)) {
    const importance = c.weight >= 3 ? 'required' : 'preferred';
    const related = c.credit >= 0.5;
    const skill = skillById(c.id).name;
    const text = `${skill} (${importance}${related ? ', you have related experience' : ''})`;
    gaps.push({ kind: 'skill', text, skill, importance, related });
  }
  const need = job.parsed.minYears;
  if (need !== null && p.years < need)
    gaps.push({ kind: 'years', text: `${need}+ years of experience (you have ${p.years})` });
  const deg = job.parsed.degree;
  if (deg?.degree !== undefined && deg.kind === 'required' && (p.degree?.level ?? 0) < deg.degree)
    gaps.push({
      kind: 'degree',
      text: `${degreeName(deg.degree)} degree${deg.degreeFlexible ? ' or equivalent experience' : ''}`,
    });
  return gaps.slice(0, 5);
}
