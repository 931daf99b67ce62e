import { LIMITS, metaContent, textOf } from '../dom.ts';
import { parseDate } from '../normalize/dates.ts';
import {
  employmentTypeInHeader,
  employmentTypeOfLabels,
  parseEmploymentType,
} from '../normalize/employment.ts';
import { typeOfFte } from '../normalize/employment-hours.ts';
import { htmlToText, sanitizeElement } from '../normalize/html.ts';
import { parseLocations, workTypeFromLabel, workTypeOfLocations } from '../normalize/location.ts';
import { parseSalary } from '../normalize/salary.ts';
import type { FieldBag, FieldSource, SourceResult } from '../types.ts';
import { pickCompany } from './company.ts';
import { employerOfFacts } from './company-under-title.ts';
import { chipValue, isFactLabel, readFacts } from './facts.ts';
import { payRangeOfChips, salaryOfFacts } from './facts-pay.ts';
import { headerZone, zoneChips } from './header.ts';
import { findDescriptionElement } from './main-text.ts';
import { ownSitePlace } from './own-site-place.ts';
import type { PageSignals } from './page.ts';
import { pickLocation } from './page-location.ts';
import { bandOfSpans } from './pay-ends.ts';
import { type PageScan, scanPage } from './scan.ts';
import { pickTitle } from './title-company.ts';

/**
 * The generic fallback for any career page: title from h1 / og:title / <title>, company from
 * og:site_name / title segments / logo alt / domain, location and employment type from the
 * header around the title, salary from pay patterns, description from the densest text block.
 */

type Known = ReadonlySet<keyof FieldBag>;

/** The longest text an element labelled pay can have and still be only the value. */
const PAY_VALUE_CHARS = 40;

/**
 * Generic reading. `known` lists fields a stronger source already has, so their (costlier) scans
 * are skipped: the header zone and title are always read because other fields hang off them.
 */
/** An answer to the chip before it ("Remote" over "Yes"). */
const ANSWER = /^(?:yes|no|ja|nein|oui|non|s[ií]|n\/a)\b/i;

/**
 * A chip's value; a chip that reads only as a label ("Remote") is its own value when no answer follows it
 * (remote.co's "Remote", "Temporary" flags, capture124).
 */
function chipReading(chips: readonly string[], i: number): string {
  const chip = chips[i]!;
  const value = chipValue(chip);
  return !value && /^remote$/i.test(chip.trim()) && !ANSWER.test(chips[i + 1] ?? '') ? chip : value;
}

export function readGeneric(
  doc: Document,
  sig: PageSignals,
  ref: Date,
  known: Known = new Set(),
  page: PageScan = scanPage(doc),
): SourceResult {
  const f: FieldBag = {};
  const conf: SourceResult['confidenceOf'] = {};
  const src: SourceResult['sourceOf'] = {};
  const why: SourceResult['detailOf'] = {};
  const set = <K extends keyof FieldBag>(
    k: K,
    v: FieldBag[K],
    c: number,
    detail: string,
    source?: FieldSource,
  ) => {
    f[k] = v;
    conf[k] = c;
    why[k] = detail;
    if (source) src[k] = source;
  };
  const facts = readFacts(page.dts);
  const company = employerOfFacts(facts, sig) ?? pickCompany(sig, facts.get('location'));
  if (company && !known.has('company')) {
    set(
      'company',
      company.value,
      company.conf,
      company.detail,
      /og:|title/.test(company.detail) ? 'meta' : undefined,
    );
  }
  const title = pickTitle(sig, company?.value);
  if (title)
    set('title', title.value, title.conf, title.detail, title.detail.startsWith('og:') ? 'meta' : undefined);
  const need = (k: keyof FieldBag) => !known.has(k);
  const zone = headerZone(title?.el ?? null);
  const chipsNeeded = (['locations', 'employmentType', 'workType', 'salary'] as const).some(
    (k) => !known.has(k),
  );
  const chips = chipsNeeded ? zoneChips(zone, title?.el ?? null) : [];
  const chipText = chips.join(' · ');
  const scan = page.labelled;
  if (need('locations')) {
    const inZone = zone ? (scan.location ?? []).filter((el) => zone.contains(el)) : [];
    const fact = facts.get('location');
    const loc =
      pickLocation([...inZone, ...(scan.location ?? [])], chips, company?.value) ??
      (fact ? { value: fact, conf: 0.6, detail: 'term/definition pair' } : null) ??
      ownSitePlace(sig);
    if (loc) {
      set('locations', parseLocations(loc.value), loc.conf, loc.detail);
      const wt = workTypeOfLocations(parseLocations(loc.value));
      if (wt) set('workType', wt, 0.65, 'location text');
    }
  }
  if (need('employmentType')) {
    const labelledEt = employmentTypeOfLabels((scan.employment ?? []).map((e) => textOf(e, 120, true)));
    const factEt =
      parseEmploymentType(facts.get('employment') ?? '') ??
      typeOfFte(facts.get('fte') ?? '') ??
      parseEmploymentType(facts.get('classification') ?? '');
    // (a chip that is only a label, "Contract type" over "Permanent", names no type: "contract" is its word)
    const et =
      labelledEt ?? factEt ?? employmentTypeInHeader(chips.filter((c) => !isFactLabel(c)).join(' · '));
    const why = labelledEt ? 'labelled element' : factEt ? 'term/definition pair' : 'chip beside the title';
    if (et) set('employmentType', et, 0.6, why);
  }
  if (!f.workType && need('workType')) {
    const wt =
      workTypeFromLabel(facts.get('workplace') ?? '') ??
      chips.map((c, i) => (c.length < 60 ? workTypeFromLabel(chipReading(chips, i)) : null)).find(Boolean);
    if (wt) set('workType', wt, 0.6, 'chip beside the title');
  }
  if (need('descriptionText')) {
    const descEl = findDescriptionElement(page, title?.el);
    if (descEl) {
      // (the other postings a container holds beside the description are not part of it)
      const html = sanitizeElement(descEl, LIMITS.descriptionHtml, page.otherPostings);
      set('descriptionHtml', html, 0.55, 'densest text block');
      set('descriptionText', htmlToText(html), 0.55, 'densest text block');
    }
  }
  if (need('salary')) {
    // Read with its lines: a pay block may hold several inputs ("Base salary", then "Sign-on bonus"),
    // and the next input's title must not read as the words after the base figure.
    // A short element labelled pay holds only the value ("$95k + super"): its label is its context.
    // Its ends may be spans around a divider, their dash drawn by CSS (pay-ends.ts): a range read as its
    // first end alone is the ends' range, in the period the whole element names.
    const fromEls = (scan.salary ?? [])
      .map((e) => {
        const t = textOf(e, 500, true);
        const read = parseSalary(
          t,
          t.length <= PAY_VALUE_CHARS ? { minScore: 2, payValue: true } : { minScore: 4 },
        );
        const ends = read && read.min === read.max ? bandOfSpans(e) : null;
        return ends && ends.min === read!.min ? { ...ends, period: read!.period ?? ends.period } : read;
      })
      .find(Boolean);
    const fromFact = fromEls ? null : (salaryOfFacts(facts) ?? payRangeOfChips(chips));
    const salary = fromEls ?? fromFact ?? parseSalary(chipText, { minScore: 4 });
    const why = fromEls
      ? 'element labelled salary'
      : fromFact
        ? 'term/definition pair'
        : 'chip beside the title';
    if (salary) set('salary', salary, 0.6, why);
  }
  if (need('postedAt')) {
    const date = parseDate(metaContent(doc, 'article:published_time') || metaContent(doc, 'date'), ref);
    if (date) set('postedAt', date, 0.5, 'page date meta');
  }
  return {
    fields: f,
    source: 'heuristic',
    confidence: 0.55,
    detail: 'generic',
    confidenceOf: conf,
    sourceOf: src,
    detailOf: why,
  };
}
