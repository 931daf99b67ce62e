import { textOf } from './dom.ts';
import type { Merged } from './merge.ts';
import { offer } from './merge.ts';
import {
  arrangementOfProse,
  arrangementOfRole,
  arrangementOfTitle,
  workTypeFromLabel,
} from './normalize/arrangement.ts';
import { paysCommissionOnly, paysPerProject } from './normalize/commission-only.ts';
import { localCurrency } from './normalize/currency.ts';
import { typeTheFactStates, typeTheTextStates } from './normalize/employment-overrides.ts';
import { typeTheTextGives } from './normalize/employment-text.ts';
import { employmentTypeOfTitle } from './normalize/employment-title.ts';
import { LOCATION_LABEL, labelledLine } from './normalize/lines.ts';
import { arrangementOfLocations, parseLocations } from './normalize/location.ts';
import { officeOverLocation, officePlaceInProse } from './normalize/office-place.ts';
import { withStatedBasis } from './normalize/pay-basis.ts';
import { payUnderPeriodHead } from './normalize/pay-table-head.ts';
import { splitRequirements } from './normalize/requirements.ts';
import { parseSalary } from './normalize/salary.ts';
import { plainTitle } from './normalize/title-decorations.ts';
import { bodyOf } from './page-body.ts';
import { readPay } from './pay-readings.ts';
import { workTypeFromEmbedded } from './sources/embedded.ts';
import { readFacts } from './sources/facts.ts';
import type { PageScan } from './sources/scan.ts';
import { statedEmployer } from './sources/stated-employer.ts';
import { arrangementOfWeekTable } from './sources/week-table.ts';

/**
 * Values derived after the sources merged, each only where nothing stronger has the field: pay and
 * "Location:" / "Job type:" lines in the description, a page-wide pay range, the work arrangement
 * (location → description wording → page text → embedded app state), the local dollar, and the
 * required/preferred requirement lists.
 */
export function deriveFields(merged: Merged, doc: Document, u: URL, page: PageScan): void {
  const f = merged.fields;
  const text = f.descriptionText ?? '';
  // The page's own text without its lists of other postings and the board's own pay boxes, read
  // at most once and only if a fallback needs it.
  let body: string | null = null;
  const bodyText = () => {
    body ??= textOf(bodyOf(doc), 80_000, false, new Set([...page.otherPostings, ...page.boardPay]));
    return body;
  };
  // The description first; else the page's own text (a board may print the company blurb, with its
  // "d/b/a" or "trading name" line, outside the description).
  const stated =
    (text ? statedEmployer(f.company ?? null, text) : null) ?? statedEmployer(f.company ?? null, bodyText());
  if (stated) {
    // The posting's own sentence about who employs the person beats the page's name for the employer
    // (a group's board, a legal holding, an agency's listing): see stated-employer.ts.
    f.company = stated.name;
    merged.provenance.company = { source: 'heuristic', confidence: 0.6, detail: stated.why };
  }
  // A commission-only posting's quoted earnings are examples, not its pay; a fixed-price project's figure,
  // wherever the page reads it from, is the whole job's budget.
  const perProject = paysPerProject(text);
  const noSalary = perProject || paysCommissionOnly(text);
  if (perProject && merged.provenance.salary?.source === 'heuristic') {
    delete f.salary;
    delete merged.provenance.salary;
  }
  if (!f.salary && text && !noSalary) {
    const s = parseSalary(text, { minScore: 5 });
    const table = s ? null : payUnderPeriodHead(text);
    if (s || table)
      offer(merged, 'salary', (s ?? table)!, {
        source: 'heuristic',
        confidence: 0.55,
        detail: s ? 'pay pattern in description' : 'a pay table under a period head in the description',
      });
  }
  if (!f.locations && text) {
    const line = labelledLine(text, LOCATION_LABEL);
    // Else the one office the description says the job works from ("from our office in Berlin-Kreuzberg").
    const office = line ? null : officePlaceInProse(text);
    if (line || office)
      offer(merged, 'locations', line ? parseLocations(line) : [office!], {
        source: 'heuristic',
        confidence: line ? 0.5 : 0.4,
        detail: line ? '"Location:" line' : 'the office the description says the job works from',
      });
  }
  const facts = readFacts(page.dts);
  const employmentFact = facts.get('employment') ?? '';
  const titled = !f.employmentType && f.title ? employmentTypeOfTitle(f.title) : null;
  const given = titled
    ? { type: titled, confidence: 0.5, detail: "the title's own hours or engagement" }
    : !f.employmentType && text
      ? typeTheTextGives(text, [employmentFact])
      : null;
  if (given)
    offer(merged, 'employmentType', given.type, {
      source: 'heuristic',
      confidence: given.confidence,
      detail: given.detail,
    });
  // Hours are not the engagement: the description's contract, where it says one, overrides an hours tag.
  // So does the engagement in the facts beside it ("Employment type: Fixed term (12 months)").
  const corrected = f.employmentType
    ? (typeTheTextStates(f.employmentType, text) ?? typeTheFactStates(f.employmentType, employmentFact, text))
    : null;
  if (corrected) {
    f.employmentType = corrected.type;
    merged.provenance.employmentType = { source: 'heuristic', confidence: 0.6, detail: corrected.detail };
  } else if (f.employmentType === 'temporary' && f.title && employmentTypeOfTitle(f.title) === 'contract') {
    // A board's one category for both ("Contract/Temp", SEEK) under "Business Analyst - 6 Month Contract": the
    // title says which.
    f.employmentType = 'contract';
    merged.provenance.employmentType = {
      source: 'heuristic',
      confidence: 0.6,
      detail: "the title's own engagement",
    };
  }
  if (!f.salary && !noSalary) {
    // Last resort: a pay range anywhere on the page, only when it reads unmistakably as pay.
    const s = parseSalary(bodyText(), { minScore: 7 });
    if (s && s.min != null && s.max != null && s.max !== s.min) {
      offer(merged, 'salary', s, {
        source: 'heuristic',
        confidence: 0.45,
        detail: 'pay range on the page',
      });
    }
  }
  if (!f.workType) {
    const fromLoc =
      (f.locations ? arrangementOfLocations(f.locations) : null) ?? arrangementOfTitle(f.title ?? '');
    // The description first; else the page's own text (some boards print the policy outside it).
    const fromProse =
      (text ? arrangementOfProse(text) : null) ?? (fromLoc ? null : arrangementOfProse(bodyText()));
    const fromState = fromLoc || fromProse ? null : workTypeFromEmbedded(doc, undefined, page.dataScripts);
    const wt = fromLoc?.workType ?? fromProse?.workType ?? fromState;
    // The rule that decided travels with the value: "description wording: fully remote (prose.fully-remote)".
    const rule = (fromLoc ?? fromProse)?.rule;
    const where = fromLoc ? 'location or title' : fromProse ? 'description wording' : 'embedded page data';
    const detail = rule ? `${where}: ${rule.reason} (${rule.id})` : where;
    if (wt) offer(merged, 'workType', wt, { source: 'heuristic', confidence: fromLoc ? 0.7 : 0.5, detail });
  }
  // A labelled fact beside the posting ("Work arrangement: Hybrid") is the employer's own answer for
  // this job: it outranks JSON-LD TELECOMMUTE, a state flag or a location line that say otherwise.
  const fact = f.workType ? workTypeFromLabel(readFacts(page.dts).get('workplace') ?? '') : null;
  if (fact && fact !== f.workType) {
    f.workType = fact;
    merged.provenance.workType = { source: 'heuristic', confidence: 0.6, detail: 'term/definition pair' };
  }
  // A sentence about the role outranks even the fact.
  const role = f.workType && text ? arrangementOfRole(text) : null;
  if (role && role.workType !== f.workType) {
    // A board's badge or the page data said otherwise; the posting's sentence about the role wins.
    f.workType = role.workType;
    merged.provenance.workType = {
      source: 'heuristic',
      confidence: 0.6,
      detail: `description wording: ${role.rule.reason} (${role.rule.id})`,
    };
  }
  // A table or list of the role's week (days and where each is worked) states the arrangement as a
  // sentence about the role does: over a badge, a fact or data; such a sentence still comes first.
  const weeks = Array.from(bodyOf(doc)?.querySelectorAll('table, dl, ul, ol') ?? []).filter(
    (t) => !page.otherPostings.some((o) => o.contains(t)),
  );
  const week = role ? null : arrangementOfWeekTable(weeks);
  if (week && week !== f.workType) {
    f.workType = week;
    merged.provenance.workType = { source: 'heuristic', confidence: 0.6, detail: 'a table of the week' };
  }
  // A location line that only says "Remote" (or only the country) on a job the text says is hybrid
  // or on-site names no place; the office the text names is where the job is.
  const office =
    f.workType && f.workType !== 'remote' && f.locations ? officeOverLocation(f.locations, text) : null;
  if (office) {
    f.locations = [office];
    merged.provenance.locations = {
      source: 'heuristic',
      confidence: 0.6,
      detail: 'the office the text names',
    };
  }
  const reading = f.salary
    ? readPay(f.salary, {
        text,
        bodyText,
        title: f.title ?? '',
        locations: f.locations,
        employmentType: f.employmentType,
        payFact: facts.get('salary'),
      })
    : null;
  if (reading) {
    f.salary = reading.salary;
    merged.provenance.salary = { source: 'heuristic', confidence: 0.6, detail: reading.detail };
  }
  if (f.salary) f.salary = withStatedBasis(f.salary, text, bodyText);
  // (the first place that names a country: "Work from Home / Parramatta, NSW" is paid in Australian dollars)
  if (f.salary) f.salary = localCurrency(f.salary, f.locations?.find((l) => l.country)?.country, u.hostname);
  // The job without what the title line adds (place, pay, shift, reference, an "URGENT:" or an emoji), now that
  // the terms and the arrangement have read the title.
  const plain = f.title ? plainTitle(f.title) : undefined;
  if (plain && plain !== f.title && merged.provenance.title) {
    f.title = plain;
    merged.provenance.title = {
      ...merged.provenance.title,
      detail: `${merged.provenance.title.detail}, without the place, pay or reference the title line adds`,
    };
  }
  if (text) {
    offer(merged, 'requirements', splitRequirements(text), {
      source: 'heuristic',
      confidence: 0.5,
      detail: 'section headings',
    });
  }
}
