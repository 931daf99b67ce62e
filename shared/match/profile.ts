import type { MatchWeights, Persona, Profile } from '../domain/index.ts';
import { freeToWorkIn } from '../geo/index.ts';
import { readSecondChoices } from '../resume/targets.ts';
import { creditMap } from '../skills/index.ts';
import { withoutRefusals } from '../text/refusals.ts';
import { aimLevels, bandsSought, monthIndex, nextRung, yearsWorked } from './career.ts';
import { type Place, parsePlace, regionOfCity } from './geo.ts';
import { personBand } from './grade-band.ts';
import { normalizeIndustry } from './industry.ts';
import { prepareLeaving, withoutWorkLeft } from './leaving.ts';
import type { PreparedProfile } from './prepared-profile.ts';
import { profileEvidence } from './profile-evidence.ts';
import { isPartQualified } from './qualification.ts';
import { termCounts } from './relevance.ts';
import { leadsPeople } from './reports.ts';
import { degreeOf } from './requirement-item.ts';
import { prepareRuledOut } from './ruled-out.ts';
import { yearlyUsd } from './salary.ts';
import { professionAssisted, professionHeld } from './support-role.ts';
import { titleInfo, titleSimilarity } from './title-likeness.ts';
import { isLeadTitle, isManagerTitle, managesPeople, personLevel } from './titles.ts';
import { normalizeWeights } from './weights.ts';
import { contentWords } from './words.ts';

export type { PreparedProfile } from './prepared-profile.ts';
export { contentWords };

export interface PrepareProfileOptions {
  /** `YYYY-MM` used for "Present"; defaults to the current month. Fix it for reproducible scores. */
  asOf?: string;
}

/**
 * Everything about a person the scorer needs, computed once (skills expanded with related
 * credit, evidence lines, years, level, place). Scoring a job is then lookups, not parsing.
 */
export function prepareProfile(
  profile: Profile,
  persona?: Persona | null,
  options: PrepareProfileOptions = {},
): PreparedProfile {
  const nowMonth = monthIndex(options.asOf ?? new Date().toISOString().slice(0, 7));
  const { evidence, lines, wordIndex, ids, beginner } = profileEvidence(profile);
  const years = yearsWorked(profile, nowMonth);
  const latest = [...profile.experience].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
  const targetTitles = persona?.targetTitles.length ? persona.targetTitles : profile.targetTitles;
  const targets = targetTitles.map((t) => ({ info: titleInfo(t), weight: 1, text: t }));
  // Someone whose stated targets are unlike the job they hold is leaving it ("Store Manager" looking for
  // "operations, inventory or supply chain"), or moving on from it ("Mid-Market AE" aiming at
  // "Enterprise AE"): their past titles count for less than where they are going.
  const latestInfo = latest ? titleInfo(latest.title) : null;
  const stay = latestInfo ? Math.max(0, ...targets.map((t) => titleSimilarity(t.info, latestInfo))) : 1;
  const pastWeight = (e: (typeof profile.experience)[number], i: number) => {
    if (!targets.length) return i === 0 || e === latest ? 0.95 : 0.8;
    if (stay < 0.5) return 0.6;
    if (stay < 0.9) return 0.7;
    return e === latest ? 0.85 : 0.75;
  };
  const past = profile.experience.map((e, i) => ({
    info: e === latest && latestInfo ? latestInfo : titleInfo(e.title),
    weight: pastWeight(e, i),
    text: e.title,
  }));
  const titles = [...targets, ...past];
  // A persona's own targets replace the resume's, and its second choices with them.
  const secondChoices = (persona?.targetTitles.length ? [] : readSecondChoices(profile.summary ?? ''))
    .filter((t) => !targetTitles.some((own) => own.toLowerCase() === t.toLowerCase()))
    .map((t) => ({ info: titleInfo(t), text: t }));
  const degrees = profile.education
    .map((ed) => {
      const text = [ed.degree, ed.field, ed.school].filter(Boolean).join(', ');
      return {
        level: degreeOf(`${ed.degree ?? ''} degree`) ?? 0,
        text,
        words: contentWords(`${ed.degree ?? ''} ${ed.field ?? ''}`),
      };
    })
    .sort((a, b) => b.level - a.level);
  const loc = profile.location;
  const place: Place =
    loc.country || loc.city
      ? { country: loc.country?.toUpperCase(), region: loc.region, city: loc.city?.toLowerCase() }
      : {};
  if (place.city && !place.country)
    Object.assign(place, { ...parsePlace(`${loc.city}, ${loc.region ?? ''}`), ...place });
  // A home town the geo table knows has a region even when the resume names none.
  if (place.city && !place.region) place.region = regionOfCity(place.city, place.country);
  // A citizen may work wherever their country's people move freely (a Portuguese national in Basel or Berlin).
  const authorized = freeToWorkIn(profile.workAuthorization, profile.citizenship);
  // No stated authorization: assume the person may work where they live (the common case).
  if (!authorized.size && place.country && profile.requiresSponsorship !== true)
    authorized.add(place.country);
  const exp = profile.salaryExpectation;
  const level = personLevel(latest?.title, years);
  // The levels the person's targets and the grades their search names (an NHS band) ask for.
  const sought = [...targetTitles, ...bandsSought(profile.summary)];
  const leaving = prepareLeaving(
    latest && latestInfo ? { text: latest.title, info: latestInfo } : null,
    past,
    targets,
  );
  return {
    personaId: persona?.id ?? null,
    weights: normalizeWeights((persona?.weights as Partial<MatchWeights> | undefined) ?? null),
    credits: creditMap(ids, beginner),
    evidence,
    lines,
    wordIndex,
    titles,
    secondChoices,
    level,
    aimLevels: aimLevels(level, sought, years),
    nextRung: nextRung(level, latest?.title, sought, years),
    gradeBand: personBand(
      targetTitles,
      profile.experience.map((e) => e.title),
    ),
    // A deputy's post (an assistant manager) is no management aim: it stands in for the manager.
    aimsToManage: [latest?.title ?? '', ...targetTitles].some((t) => t && managesPeople(t)),
    aimsToLead: targetTitles.some(isLeadTitle),
    hasReports: leadsPeople(
      [profile.summary ?? '', ...profile.experience.flatMap((e) => e.bullets)].join('\n'),
      1,
    ),
    managesOnly:
      targetTitles.length > 0 && [latest?.title ?? '', ...targetTitles].every((t) => isManagerTitle(t)),
    leaving,
    profession: professionHeld([latest?.title ?? '', ...targetTitles]),
    assists: professionAssisted([latest?.title ?? '', ...targetTitles]),
    partQualified: isPartQualified([
      ...profile.certifications.map((c) => c.name),
      ...profile.experience.map((e) => e.title),
    ]),
    years,
    yearsEvidence: `${years} years across ${profile.experience.length} role${profile.experience.length === 1 ? '' : 's'}`,
    degree: degrees[0] && degrees[0].level > 0 ? degrees[0] : null,
    place,
    authorized,
    ruledOut: prepareRuledOut(
      profile.ruledOut,
      // What the person did, not what they were called: a past title is often what they are leaving.
      profile.experience.flatMap((e) => e.bullets).join('\n'),
      titles.flatMap((t) => t.info.families),
      titles.map((t) => t.text),
    ),
    citizenOf: new Set((profile.citizenship ?? []).map((c) => c.toUpperCase())),
    residentOf: new Set((profile.permanentResidence ?? []).map((c) => c.toUpperCase())),
    requiresSponsorship: profile.requiresSponsorship,
    willingToRelocate: loc.willingToRelocate === true,
    relocateTo: new Set((loc.relocateTo ?? []).map((c) => c.toUpperCase())),
    refusesToRelocate: loc.willingToRelocate === false,
    workTypes: profile.workTypes,
    salary:
      exp && (exp.min != null || exp.max != null)
        ? {
            minUsd: exp.min == null ? null : yearlyUsd(exp.min, exp.period, exp.currency),
            maxUsd: exp.max == null ? null : yearlyUsd(exp.max, exp.period, exp.currency),
            text: `${exp.currency} ${exp.min ?? ''}–${exp.max ?? ''} per ${exp.period.toLowerCase()}`,
          }
        : null,
    industries: profile.industries.map(normalizeIndustry),
    terms: withoutWorkLeft(
      termCounts(
        [
          ...profile.experience.flatMap((e) => [e.title, ...e.bullets]),
          ...profile.projects.map((p) => `${p.name} ${p.description ?? ''} ${p.skills.join(' ')}`),
          // What the person knows only a little is not what their work is about.
          ...profile.skills.filter((s) => s.proficiency !== 'beginner').map((s) => s.name),
          ...profile.certifications.map((c) => c.name),
          ...profile.education.map((ed) => `${ed.degree ?? ''} ${ed.field ?? ''}`),
          // The person's own summary says what their work is about; what it turns down is not.
          withoutRefusals(profile.summary ?? ''),
        ].join('\n'),
        [...targetTitles, latest?.title ?? ''],
      ),
      leaving,
    ),
  };
}
