import type { Profile } from '../../domain/index.ts';
import { freeToWorkIn } from '../../geo/index.ts';
import { englishCountryName, regionOf } from '../classify/geo.ts';
import type { FieldType } from '../types.ts';
import type { Answer } from './answer.ts';
import { placeInQuestion } from './asked-place.ts';

export interface AnswerContext {
  /** The question as the page words it (to read a country out of "eligible to work in the U.S.?"). */
  question: string;
  /** ISO alpha-2 of the job's country when the caller knows it. */
  jobCountry?: string;
  today?: Date;
}

export interface ProfileAnswer {
  answer: Answer;
  /** Where in the profile the value came from, shown in the preview. */
  source: string;
  /** Below 1 when the answer rests on an assumption (which country a job is in). */
  confidence?: number;
}

const text = (value: string | undefined, source: string): ProfileAnswer | null =>
  value?.trim() ? { answer: { kind: 'text', text: value.trim() }, source } : null;

/** Months of experience, overlapping jobs counted once. */
export function yearsOfExperience(profile: Profile, today = new Date()): number | null {
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const spans = profile.experience
    .filter((e) => e.start)
    .map((e) => {
      const [sy, sm] = e.start!.split('-').map(Number);
      const end =
        e.current || !e.end ? now : Number(e.end.split('-')[0]) * 12 + Number(e.end.split('-')[1]) - 1;
      return [sy! * 12 + sm! - 1, end] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  if (!spans.length) return null;
  let months = 0;
  let [curStart, curEnd] = spans[0]!;
  for (const [s, e] of spans.slice(1)) {
    if (s <= curEnd) curEnd = Math.max(curEnd, e);
    else {
      months += curEnd - curStart;
      [curStart, curEnd] = [s, e];
    }
  }
  months += curEnd - curStart;
  return Math.floor(months / 12);
}

/** The profile's answer for a field type, or null when the profile does not say. */
export function answerFromProfile(
  type: FieldType,
  profile: Profile,
  ctx: AnswerContext,
): ProfileAnswer | null {
  const c = profile.contact;
  const loc = profile.location;
  const current = profile.experience.find((e) => e.current) ?? null;
  switch (type) {
    case 'first_name':
      return text(c.firstName, 'profile: first name');
    case 'last_name':
      return text(c.lastName, 'profile: last name');
    case 'full_name':
      return text([c.firstName, c.lastName].filter(Boolean).join(' '), 'profile: first + last name');
    case 'email':
      return text(c.email, 'profile: email');
    case 'phone':
      return text(c.phone, 'profile: phone');
    case 'address_line1':
      return (
        text(loc.addressLine1, 'profile: address') ??
        text(
          [loc.city, loc.region, loc.country && englishCountryName(loc.country)].filter(Boolean).join(', '),
          'profile: city, region, country',
        )
      );
    case 'city':
      // "City, State" asks for both in one box
      if (loc.city && loc.region && /\b(state|province|region)\b/i.test(ctx.question))
        return text(`${loc.city}, ${loc.region}`, 'profile: city, region');
      return text(loc.city, 'profile: city');
    case 'state': {
      if (!loc.region) return null;
      const region = regionOf(loc.region, loc.country);
      return {
        answer: { kind: 'state', code: region?.code ?? loc.region, text: region?.name ?? loc.region },
        source: 'profile: region',
      };
    }
    case 'postal_code':
      return text(loc.postalCode, 'profile: postal code');
    case 'country': {
      if (!loc.country) return null;
      const name = englishCountryName(loc.country) || loc.country;
      return {
        answer: { kind: 'country', code: loc.country.toUpperCase(), text: name },
        source: 'profile: country',
      };
    }
    case 'linkedin_url':
      return text(profile.links.linkedin, 'profile: LinkedIn');
    case 'github_url':
      return text(profile.links.github, 'profile: GitHub');
    case 'portfolio_url':
      return text(profile.links.portfolio || profile.links.website, 'profile: portfolio');
    case 'website_url':
      return text(profile.links.website || profile.links.portfolio, 'profile: website');
    case 'current_company':
      return text(current?.company, 'profile: current job');
    case 'current_title':
      return text(current?.title, 'profile: current job');
    case 'years_experience': {
      const years = yearsOfExperience(profile, ctx.today);
      return years == null
        ? null
        : {
            answer: { kind: 'number', value: years, text: String(years) },
            source: 'profile: experience dates',
          };
    }
    case 'salary_expectation': {
      const s = profile.salaryExpectation;
      const value = s?.min ?? s?.max;
      return value == null
        ? null
        : { answer: { kind: 'number', value, text: String(value) }, source: 'profile: salary expectation' };
    }
    case 'sponsorship_required':
      return profile.requiresSponsorship == null
        ? null
        : {
            answer: { kind: 'yes-no', yes: profile.requiresSponsorship },
            source: 'profile: requires sponsorship',
          };
    case 'work_authorization': {
      const named =
        placeInQuestion(ctx.question) ??
        (ctx.jobCountry ? { codes: [ctx.jobCountry], name: ctx.jobCountry } : null);
      // without a place in the question or the job, assume the job is where the person lives
      const place = named ?? (loc.country ? { codes: [loc.country], name: loc.country } : null);
      if (!place || !profile.workAuthorization.length) return null;
      const codes = place.codes.map((x) => x.toUpperCase());
      // A citizen may also work where their country's people move freely (a Portuguese citizen in Germany).
      const yes = codes.some((c) => freeToWorkIn(profile.workAuthorization, profile.citizenship).has(c));
      const viaCitizenship = yes && !codes.some((c) => freeToWorkIn(profile.workAuthorization).has(c));
      return {
        answer: { kind: 'yes-no', yes },
        source: `profile: may work in ${profile.workAuthorization.join(', ')}${viaCitizenship ? ` and, as a citizen of ${profile.citizenship!.join(', ')}, where its people move freely` : ''} (${named ? 'asked about' : 'assumed job in'} ${place.name})`,
        confidence: named ? 1 : 0.7,
      };
    }
    case 'start_date':
      return text(profile.earliestStartDate, 'profile: earliest start date');
    case 'how_did_you_hear':
      return profile.howDidYouHear
        ? { answer: { kind: 'choice', text: profile.howDidYouHear }, source: 'profile: how you heard' }
        : null;
    case 'gender':
    case 'race':
    case 'veteran_status':
    case 'disability_status': {
      const key = {
        gender: 'gender',
        race: 'race',
        veteran_status: 'veteranStatus',
        disability_status: 'disabilityStatus',
      }[type] as keyof Profile['eeo'];
      const choice = profile.eeo[key];
      return choice?.trim()
        ? {
            answer: { kind: 'choice', text: choice.trim() },
            source: `profile: your saved ${type.replace('_', ' ')} choice`,
          }
        : null;
    }
    default:
      return null;
  }
}
