import type { Classification, FieldType } from './types.ts';

/**
 * Why autofill puts a value in a field, in words a person reads in the preview ("The label says
 * 'Country'"), from the classification's evidence. The classifier's own `reason` (patterns and
 * scores) stays for developers.
 */

const TYPE_WORDS: Partial<Record<FieldType, string>> = {
  first_name: 'first name',
  last_name: 'last name',
  full_name: 'full name',
  address_line1: 'street address',
  postal_code: 'postal code',
  linkedin_url: 'LinkedIn profile',
  github_url: 'GitHub profile',
  portfolio_url: 'portfolio',
  website_url: 'website',
  resume_file: 'resume',
  cover_letter_file: 'cover letter file',
  cover_letter_text: 'cover letter',
  current_company: 'current employer',
  current_title: 'current job title',
  years_experience: 'years of experience',
  salary_expectation: 'expected salary',
  work_authorization: 'work authorization',
  sponsorship_required: 'visa sponsorship',
  start_date: 'start date',
  how_did_you_hear: 'how you heard of the job',
  veteran_status: 'veteran status',
  disability_status: 'disability status',
};

export const typeInWords = (type: FieldType): string => TYPE_WORDS[type] ?? type.replace(/_/g, ' ');

const quote = (text: string) => `“${text.length > 50 ? `${text.slice(0, 49)}…` : text}”`;

/** The first half of a preview row's "why": how the field was recognised. */
export function recognisedBecause(c: Classification): string {
  const e = c.evidence;
  if (!e) return c.type === 'other' ? 'Not recognised' : `Looks like the ${typeInWords(c.type)} field`;
  switch (e.signal) {
    case 'autocomplete':
      return `The page marks this field as ${typeInWords(c.type)}`;
    case 'adapter':
      return `The ${e.text[0]!.toUpperCase()}${e.text.slice(1)} form’s ${typeInWords(c.type)} field`;
    case 'input-type':
      return `An ${e.text} box`;
    case 'options':
      return `Its choices are ${e.text}`;
    case 'dial-code':
      return 'It shows a dialling code, not a question';
    case 'label':
      return `The label says ${quote(e.text)}`;
    case 'placeholder':
      return `The hint inside it says ${quote(e.text)}`;
    case 'name':
      return `The page names it ${quote(e.text)}`;
    case 'group':
      return `The question says ${quote(e.text)}`;
    case 'description':
      return `Its help text says ${quote(e.text)}`;
    case 'context':
      return `The text beside it says ${quote(e.text)}`;
  }
}

/** "…, so: your first name" from a plan's answer source ("profile: first name", "saved answer"). */
export function answerFrom(source: string): string {
  const profile = /^profile: (.+)$/.exec(source)?.[1];
  if (profile) return profile.startsWith('your ') ? profile : `your ${profile}`;
  return source.startsWith('saved answer') ? `your ${source}` : source;
}
