import type { EmploymentType } from '../types.ts';
import { AS_NEEDED_LABEL, isEmploymentLabel, parseEmploymentType } from './employment.ts';
import { employmentTypeInLocalProse } from './employment-prose-local.ts';

/** Employment type stated in the description's own words (the label and chip readers: employment.ts). */

/** A count spelled out, as a term is written ("a six-month contract", "a fixed term of eighteen months"). */
const HOW_MANY = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)';

/**
 * The posting stating its own type in a sentence ("This is a full-time, permanent position", "This
 * role is a 6-month contract", "This is a 10-week paid internship", "This is a 6-month, full-time
 * internship": the hours qualify the internship; "This is a six-month contract role", "This is an
 * independent contractor position"; a marketplace's "This is an hourly contract", "This is a fixed-price
 * freelance job"). Narrow on purpose: benefit
 * blurbs about "full-time employees" or "part-time options" must not decide the field. An
 * internship or apprenticeship names the engagement itself, and so does a contract with a term
 * ("This is a 6-month contract with a possible extension"); the other words need a noun after them
 * (a role, a position, an agency's "temporary assignment", a "fixed-term appointment").
 */
const SELF_STATED = new RegExp(
  String.raw`\b(?:(?:this|the)\s+(?:is\s+an?|(?:role|position|job|opportunity)\s+is\s+(?:an?\s+)?)|it(?:['’]s|\s+is)\s+an?\s)\s*(?:(?:(?:\d+|${HOW_MANY})[- ](?:weeks?|months?)|paid|unpaid|regular|summer|winter|graduate|independent|hourly|fixed[- ]price|W-?2|C2C|(?:full|part)[- ]time)[- ,]+){0,2}(?:(internship|apprenticeship)\b|((?:(?:full|part)[- ]time|PT|FT|permanent|temporary|fixed[- ]term|seasonal|freelance|contract(?:or)?|1099|\d+[- ]month contract)\b[^.\n]{0,30}?)\b(?:role|position|job|contract|opportunity|employment|engagement|basis|assignment|appointment|post|spot)\b|(?<=(?:\d[- ](?:weeks?|months?)|hourly|fixed[- ]price)[- ])(contract)\b)`,
  'i',
);

/**
 * The posting saying you would work as a freelancer or contractor ("You would work with us as a
 * freelancer and invoice us monthly", "engaged as an independent contractor", "contracted with us as
 * an independent agent (1099)", "work as a 1099 independent contractor"): not an employee.
 * The hours may come first ("join as a full-time independent contractor": full-time is the hours).
 * A contractor's job title after the word ("as a contractor liaison") is a role, not the engagement,
 * "as an employee, not as a contractor" turns it down, and "as a contractor or an employee" leaves
 * the choice open.
 */
const AS_CONTRACTOR =
  /\b(?:work|join|engage|hire|contract)\w*\b[^.\n]{0,30}?(?<!\b(?:not|never|rather than|instead of)\s+)\bas an? (?:(?:full|part)[- ]time )?(?:freelancer|(?:(?:independent|self-employed|1099) ){0,2}contractor|(?:(?:independent|self-employed|1099) ){1,2}(?:agent|consultant|producer|representative))\b(?!\s+(?:manager|coordinator|liaison|administrator|specialist|lead|or)\b)/i;

/**
 * The hours or the contract as the role's own predicate: "The position is part-time (24 hours a
 * week)", "This role is offered on a freelance basis", "We are hiring on a permanent basis"; or as
 * what "this" role is ("The US base salary range for this full-time position is …").
 */
const ROLE_IS =
  /\b(?:the|this)\s+(?:role|position|job)\s+is\s+((?:full|part)[- ]time)\b|\bthis\s+((?:full|part)[- ]time)\s+(?:role|position|job|post)\b|\b(?:(?:role|position|job|opportunity|vacancy)\s+is\s+(?:offered\s+|available\s+)?|(?:hiring|recruiting|employed|engaged)\s+)on\s+an?\s+((?:full|part)[- ]time|permanent|temporary|freelance|contract|seasonal)\s+basis\b/i;

/**
 * The contract offered, opening a line or after "we offer" ("A permanent contract for 36 hours a
 * week, which is full-time under our CAO", "We offer a permanent, part-time contract"). The rest of
 * the sentence is read with it: a permanent contract's hours may follow it. Plural or
 * article-less mentions ("part-time contracts are available") say nothing of this posting.
 */
const OFFERED =
  /(?:^[\s•*·-]*|\b(?:we offer|we can offer|offering|you(?:'ll| will)? (?:get|receive|have))\s+)an?\s+((?:(?:permanent|full[- ]time|part[- ]time|fixed[- ]term|temporary|freelance)(?:,\s*|\s+and\s+|\s+)?){1,3})\s*(?:contract|position|role|job|employment)\b([^.\n]{0,100})/im;

/**
 * Everyone on the team engaged under a contractor's agreement ("works under an independent
 * contractor agreement: you invoice us monthly"; a line "Independent contractor agreement, 40 hours per week"; "a
 * remote role for contractors"; "Day rate: €500 - €600, invoiced monthly"): a contractor, whatever the hours. A
 * board's "full-time" tag gives the hours, not the contract.
 */
const CONTRACTOR_AGREEMENT =
  /(?<!\b(?:not|never)\s+)\b(?:work|works|working|engaged|hired|employed)\s+(?:under|on|through)\s+an?\s+(?:independent[- ])?contractor(?:'s)?\s+(?:agreement|contract)\b|(?:^|\n)[\s•*·-]*(?:an?\s+)?independent[- ]contractor\s+(?:agreement|contract|engagement)\b|\b(?:role|position|job|opening)\s+for\s+(?:independent\s+)?contractors\b|\b(?:day|daily|hourly)\s+rate\b[^.\n]{0,80}\binvoiced\b/im;

/**
 * A UK contract engagement: "Contract, 12 months, inside IR35", "this role sits outside IR35",
 * "engaged through an umbrella company of your choice", "paid via your umbrella". IR35 is the tax
 * rule for contractors working through an intermediary, so it names a contractor's engagement; an
 * umbrella company pays contractors, not the hirer's employees.
 */
const UK_CONTRACT =
  /\b(?:inside|outside|within)\s+(?:of\s+)?IR35\b|\b(?:engaged|paid|work(?:ing)?)\s+(?:through|via)\s+(?:an?|your)\s+(?:own\s+)?(?:umbrella|limited company|PSC)\b/i;

/**
 * The person told they would work for themselves ("You'd be self-employed, invoicing us at the end of
 * each month", "You will invoice us monthly for the days worked"): a self-employed worker bills the
 * hirer, an employee is paid through its payroll. Only "you" and "us": a finance role "invoicing
 * clients" or "self-employed customers" is the work, not the engagement.
 */
const SELF_EMPLOYED =
  /\byou(?:['’]d|['’]ll| would| will)?\s+(?:be\s+(?:working\s+(?:as\s+)?)?self[- ]employed\b|(?:be\s+)?invoic(?:e|ing)\s+us\b)/i;

export const contractorEngagementInProse = (text: string): boolean => {
  const t = text.slice(0, 60_000);
  return (
    CONTRACTOR_AGREEMENT.test(t) || AS_CONTRACTOR.test(t) || UK_CONTRACT.test(t) || SELF_EMPLOYED.test(t)
  );
};

/**
 * A working student's post ("This is a Werkstudent (working student) position, not an internship"):
 * part-time employment beside a degree, not an internship, whatever an "Intern" tag says.
 */
const WORKING_STUDENT =
  /\b(?:this|the)\s+(?:is\s+an?|(?:role|position|job)\s+is\s+(?:an?\s+)?)\s*(?:werkstudent(?:in)?|working[- ]student)\b(?:\s*\([^)\n]{0,30}\))?\s+(?:position|role|job|post|stelle)\b/i;

export const workingStudentInProse = (text: string): boolean => WORKING_STUDENT.test(text.slice(0, 60_000));

/**
 * An apprentice the posting calls its employee ("This is a full-time, paid apprenticeship: you're a
 * Pinecrest employee from day one", "you'll be employed by Dunmore for the whole 3 years"): the apprenticeship is the training, the job is employment, so
 * the hours tag stands.
 */
const EMPLOYEE_OF_US =
  /\b[Yy]ou(?:['’]re| are| will be|['’]ll be)\s+(?:an?|our)\s+(?:[\p{Lu}][\p{L}&'’-]*\s+){0,3}employee\b(?!s)|\b[Yy]ou(?:['’]re| are| will be|['’]ll be)\s+(?:directly\s+)?employed\s+by\b|\bemployed\s+(?:by us\s+|directly\s+)?from\s+(?:day one|the (?:first|start))/u;

export const apprenticeEmployedInProse = (text: string): boolean => {
  const t = text.slice(0, 60_000);
  return /^apprenticeship$/i.test(t.match(SELF_STATED)?.[1] ?? '') && EMPLOYEE_OF_US.test(t);
};

/**
 * The posting calling the job itself permanent ("This is a full-time, permanent job from day one",
 * "The position is offered on a permanent basis"): an open-ended job, never a programme with an end.
 */
export const permanentJobInProse = (text: string): boolean => {
  const t = text.slice(0, 60_000);
  const m = t.match(SELF_STATED) ?? t.match(ROLE_IS);
  return !!m && /\bpermanent\b/i.test(m[0]);
};

/**
 * The posting calling itself an as-needed job ("This is a casual, on-call position", "The role is
 * per diem", "This is a PRN position"): shifts taken as offered with no guaranteed hours, read as
 * the label words are (employment.ts). Only those words right before the role noun or the sentence's
 * end: "a casual workplace where every role…" is the company's dress code. "Bank" needs its noun
 * ("This is a bank position"): "This is a bank." is an employer describing itself.
 */
const AS_NEEDED_WORD = `(?:${AS_NEEDED_LABEL})`;
const AS_NEEDED = new RegExp(
  String.raw`\b(?:this|the)\s+(?:is\s+an?|(?:role|position|job)\s+is\s+(?:an?\s+)?)\s*(${AS_NEEDED_WORD}(?:\s*(?:,|\/|and)?\s*${AS_NEEDED_WORD})*)(?:\s+(?:role|position|job|post|basis|assignment)\b|(?<!\bbank)\s*[.;]|(?<!\bbank)\s*$)`,
  'im',
);

/**
 * "PT" / "FT" as the hours, the way restaurant, retail and shift postings shorten them ("This is a PT
 * spot", "This is an FT position"): read as part-time / full-time. Capitals only, and not on a page
 * about physical therapy, where "a PT position" is a physical therapist's job.
 */
function hoursSpelledOut(words: string, text: string): string {
  if (/physical(?:\s+|-)therap|physiotherap|\bDPT\b/i.test(text)) return words;
  return words.replace(/\bPT\b/g, 'part-time').replace(/\bFT\b/g, 'full-time');
}

/**
 * The hire sought, named with its hours: "I am looking for a part-time virtual assistant", "Cedar Run
 * Apartments … seeks a full-time maintenance tech", "We're hiring a seasonal farmhand". One hire, with
 * its article: "seeks part-time counter help" in another ad's line, or "part-time roles", is not it.
 */
const SOUGHT =
  /\b(?:(?:looking|hoping|searching)\s+(?:for|to\s+(?:hire|find))|seeks|seeking|(?:are|is|we['’]re)\s+hiring|(?:need|needs)\b)\s+an?\s+((?:full|part)[- ]time|seasonal)\b(?![- ]?(?:or|and|\/)\b)/i;

export function employmentTypeInProse(text: string): EmploymentType | null {
  const t = text.slice(0, 60_000);
  const m = t.match(SELF_STATED) ?? t.match(ROLE_IS) ?? t.match(AS_NEEDED) ?? t.match(SOUGHT);
  // "This is a full-time apprenticeship: you'll be employed by Dunmore…": an employee's hours, not a programme.
  const hours =
    /^apprenticeship$/i.test(m?.[1] ?? '') &&
    EMPLOYEE_OF_US.test(t) &&
    m![0].match(/\b(full|part)[- ]time\b/i);
  if (hours) return parseEmploymentType(hours[0]);
  if (m) return parseEmploymentType(hoursSpelledOut(m[1] ?? m[2] ?? m[3]!, t));
  const offered = t.match(OFFERED);
  if (offered) return parseEmploymentType(`${offered[1]!.trim()}, ${offered[2]}`);
  return contractorEngagementInProse(t) ? 'contract' : employmentTypeInLocalProse(t);
}

/**
 * A line of the description that is only the type and its noun ("Permanent, full-time employment",
 * "Part-time / temporary contract"), as benefit lists print it, or a schedule line opening with the
 * hours. Only whole lines count: "part-time positions available" or a sentence mentioning the words
 * says nothing of this posting.
 */
const TYPE_LINE = /^(.{3,50}?)\s+(?:employment|contract|position|role|job|basis)\.?$/i;
/**
 * A schedule line that opens with the hours ("Full-time, Monday through Friday, 7 a.m. to 3:30 p.m.",
 * "Part-time: 20 hours a week"): the hours word followed by days, shifts or hours.
 */
const SCHEDULE_LINE =
  /^((?:full|part)[- ]?time)\s*[,:;(–—-]\s*(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:days?|nights?|evenings?|weekends?|weekdays?|shifts?|hours)\b)/i;

/**
 * A public employer's or HR system's status opening a line: the tenure, then the hours ("Temporary
 * Full Time, for up to 12 months", "Regular part-time, benefits-eligible", "Casual Part-Time").
 */
const STATUS_LINE =
  /^((?:regular|permanent|ongoing|temporary|casual|fixed[- ]term)\s*[,/-]?\s*(?:full|part)[- ]?time)\b(?!\s+(?:and|or)\b)/i;

export function employmentTypeLine(text: string): EmploymentType | null {
  for (const raw of text.slice(0, 60_000).split('\n', 300)) {
    const line = raw.replace(/^[\s•*·-]+/, '').trim();
    const words = line.match(TYPE_LINE)?.[1];
    if (words && isEmploymentLabel(words)) return parseEmploymentType(words);
    const hours = line.match(SCHEDULE_LINE)?.[1] ?? line.match(STATUS_LINE)?.[1];
    if (hours) return parseEmploymentType(hours);
  }
  return null;
}

/**
 * A fixed-term contract stated in the text ("A fixed-term contract for 12 months", "This post is fixed term
 * for 18 months", "befristeter Vertrag", "en CDD"), cover for someone's leave ("a 12-month maternity
 * cover", "Elternzeitvertretung"; not "insurance with maternity cover"), or a season ("This is a seasonal
 * position running from March through May", "It's a seasonal job, so it finishes when the harvest does";
 * not "we hire seasonal staff"), or a term position as Canadian and US public employers write it ("an
 * 18-month term position", "a grant-funded, limited-term position"; not "a long-term role"): it makes the
 * job temporary even where a chip or JSON-LD says full-time. So do "You will cover a parental leave", "a
 * locum pharmacist to cover one of our pharmacists during her parental leave" / "(parental leave
 * coverage)", a post that "is limited to 24 months", Ireland's "specified purpose contract" (a fixed-term
 * employment contract in Irish law), Australia's "maximum-term contract" or "max-term contract" (ends at a
 * date or event, at the latest) and French "emploi saisonnier". The hours and a spelled-out term may come
 * first ("a full-time, two-year fixed-term appointment"). A fixed-term contract given its length needs no
 * article ("Contract: Fixed term contract (9 months)", "9 Month Fixed Term Contract"), and so does the term
 * itself given its length ("an employee on our payroll for a fixed term of 18 months"); without one,
 * "full-time, part-time and fixed-term roles" is a board's blurb.
 */
const FIXED_TERM = new RegExp(
  String.raw`\ban?\s+(?:[\p{L}-]+,?\s+){0,2}?(?:\d{1,2}[- ]?(?:months?|years?)[- ])?(?<!\b(?:long|short|mid|medium|near|full)[- ])(?:limited[- ])?term\s+(?:position|role|job|post|contract|appointment|assignment)\b|\b(?:this is an?|(?:the|this) (?:post|role|position|job) is(?: an?)?)\s+seasonal\b|\bit(?: is|['’]s) an?\s+seasonal\s+(?:job|role|position|post)\b|\ban?\s+seasonal\s+(?:position|role|job|post|contract)\s+(?:running|lasting|from|for|until|through)\b|\b(?:an?|on an?)\s+(?:(?:full|part)[- ]time,?\s+)?(?:(?:\d{1,2}|${HOW_MANY})[- ]?(?:months?|years?)[- ])?(?:fixed|max(?:imum)?)[- ]term\s+(?:contract|position|role|appointment|post|basis)\b|\b(?:this|the)\s+(?:post|role|position|job|appointment|contract)\s+is\s+(?:a\s+)?fixed[- ]term\b|\bbefristete[rn]?\s+(?:arbeits)?(?:vertrag|anstellung|stelle)\b|\bcontrat à durée déterminée\b|\ben CDD\b|\b(?:emploi|poste|travail)\s+saisonnier\b|(?:\b(?:as|an?|for)\s+|\(\s*)(?:\d{1,2}[- ]?months?\s+)?(?:maternity|paternity|parental|adoption)\s+(?:leave\s+)?cover(?:age)?\b|\bcover(?:ing)?\s+an?\s+(?:maternity|paternity|parental|adoption)\s+leave\b|\b(?:to|will|you['’]ll)\s+cover\b[^.\n]{0,50}?\bduring\s+(?:her|his|their)\s+(?:maternity|paternity|parental|adoption)\s+leave\b|\bspecified[- ]purpose\s+contract\b|\b(?:post|role|position|job|appointment|contract)\b[^.\n]{0,80}?\bis\s+limited\s+to\s+(?:a period of\s+)?\d{1,2}\s+(?:months?|years?)\b|\b(?:elternzeit|mutterschutz)vertretung\b|\bfixed[- ]term\s+contract\s*(?:\(\s*|,\s*|(?:for|of)\s+)\d{1,2}\s*(?:months?|years?)\b|\b\d{1,2}[- ](?:months?|years?)\s+fixed[- ]term\s+contract\b|\b(?:for|on)\s+a\s+fixed[- ]term\s+of\s+(?:\d{1,2}|${HOW_MANY})\s+(?:months?|years?)\b`,
  'iu',
);

export const fixedTermInProse = (text: string): boolean => FIXED_TERM.test(text.slice(0, 60_000));

/**
 * A student placement ("a 12-month sandwich year for undergraduates", "our industrial placement",
 * "a year in industry", a Canadian "4-month co-op work term"): an internship even where a type
 * field says full-time (its hours), and where none says anything. A returnship ("The programme is a
 * 16-week paid returnship", "join our returnship"; not "we also run a returnship") is the same for people back from a career break: a fixed,
 * mentored programme, not the job that may follow; so is a residency, fellowship or traineeship that
 * "is a 12-month, paid program", and a firm's "Summer Associate Program" for students (the
 * US law and banking summer programmes). Not "a 6-month placement" alone: agencies place
 * temporary staff too. A German "duales Studium" (a paid degree alternating with work at the
 * employer) is one when the text describes it ("Dein duales Studium", "Das duale Studium dauert
 * drei Jahre"), not when it asks for one already finished ("abgeschlossenes duales Studium").
 */
const PLACEMENT_PROGRAMME =
  /\b(?:residency|fellowship|traineeship)\s+is\s+an?\s+\d{1,2}[- ](?:weeks?|months?),?\s+(?:paid\s+)?program(?:me)?\b|\b(?:is|as)\s+an?\s+(?:[\p{L}\d-]+\s+){0,3}returnship\b|\bthis returnship\b|\b(?:join|apply (?:to|for))\s+(?:our|the|this)\s+returnship\b|\bco-?op (?:work )?(?:term|placement)\b|\bsummer\s+(?:associate|analyst|intern(?:ship)?|student|law clerk|research)s?\s+program(?:me)?\b|\b(?:placement|sandwich)\s+year\b|\bsandwich\s+(?:placement|degree|course)\b|\byear in industry\b|\bindustrial placement\b|\bplacement students?\b|\b(?:dein|das|im|ein|unser|ihr)\s+duale[ns]?\s+studium\b/iu;

export const placementProgrammeInProse = (text: string): boolean =>
  PLACEMENT_PROGRAMME.test(text.slice(0, 60_000));
