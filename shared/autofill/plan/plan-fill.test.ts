import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../tests/fixtures/forms/load.ts';
import type { Profile } from '../../domain/index.ts';
import { classifyForm } from '../classify/classify-form.ts';
import { planFill } from './plan-fill.ts';
import { SAMPLE_PROFILE, SAMPLE_SAVED_ANSWERS } from './sample-profile.ts';

function plan(html: string, profile: Profile = SAMPLE_PROFILE, options = {}) {
  const { document } = loadHtml(`<form>${html}</form>`);
  return planFill(classifyForm(document), profile, SAMPLE_SAVED_ANSWERS, options);
}

const plannedValue = (p: ReturnType<typeof plan>, type: string) =>
  p.steps.find((s) => s.fieldType === type)?.value;

describe('planFill', () => {
  it('fills contact fields from the profile and says how many were filled', () => {
    const p = plan(`
      <label for="a">First name</label><input id="a">
      <label for="b">Last name</label><input id="b">
      <label for="c">Email</label><input id="c" type="email">
      <label for="d">Phone</label><input id="d" type="tel">
      <label for="e">LinkedIn profile</label><input id="e">`);
    expect(p.steps.map((s) => [s.fieldType, s.value])).toEqual([
      ['first_name', 'Ada'],
      ['last_name', 'Lovelace'],
      ['email', 'ada@example.com'],
      ['phone', '+1 415 555 0100'],
      ['linkedin_url', 'https://www.linkedin.com/in/ada-example'],
    ]);
    expect(p.summary.text).toBe('5 to fill, 0 need you');
    for (const s of p.steps) expect(s.reason).toMatch(/→ profile: /);
  });

  it('answers a sponsorship select by the wording of its options', () => {
    const p = plan(`<label for="s">Will you now or in the future require visa sponsorship?</label>
      <select id="s" required><option value="">Select...</option>
        <option value="a">I will now or in the future require sponsorship</option>
        <option value="b">I will not require sponsorship</option></select>`);
    expect(plannedValue(p, 'sponsorship_required')).toBe('I will not require sponsorship');
    const yes = plan(
      `<label for="s">Do you require sponsorship?</label><select id="s"><option>Yes</option><option>No</option></select>`,
      { ...SAMPLE_PROFILE, requiresSponsorship: true },
    );
    expect(plannedValue(yes, 'sponsorship_required')).toBe('Yes');
    const unknown = plan(
      `<label for="s">Do you require sponsorship?</label><select id="s" required><option>Yes</option><option>No</option></select>`,
      { ...SAMPLE_PROFILE, requiresSponsorship: null },
    );
    expect(unknown.needsYou.map((n) => n.fieldType)).toEqual(['sponsorship_required']);
  });

  it('matches a country by name or ISO value and a US state by name', () => {
    const p = plan(`
      <label for="c">Country</label><select id="c"><option value="">--</option><option value="CA">Canada</option><option value="US">United States of America</option></select>
      <label for="s">State</label><select id="s"><option value="">--</option><option>Arizona</option><option>California</option></select>`);
    expect(plannedValue(p, 'country')).toBe('United States of America');
    expect(plannedValue(p, 'state')).toBe('California');
  });

  it('names a Canadian or Australian region from its code in the profile, by the profile’s country', () => {
    const provinces = `<label for="s">Province</label><select id="s"><option value="">--</option><option>Alberta</option><option>British Columbia</option><option>Ontario</option></select>`;
    const inVancouver = {
      ...SAMPLE_PROFILE,
      location: { ...SAMPLE_PROFILE.location, city: 'Vancouver', region: 'BC', country: 'CA' },
    };
    expect(plannedValue(plan(provinces, inVancouver), 'state')).toBe('British Columbia');
    // "CA" is California in the US and no province in Canada: never a guess across countries.
    const ca = { ...inVancouver, location: { ...inVancouver.location, region: 'CA' } };
    expect(plannedValue(plan(provinces, ca), 'state')).toBeUndefined();
  });

  it('reads the country out of a work-authorization question', () => {
    const html = `<label for="w">Are you legally authorized to work in Canada?</label><select id="w"><option>Yes</option><option>No</option></select>`;
    expect(plannedValue(plan(html), 'work_authorization')).toBe('No');
    expect(
      plannedValue(plan(html, { ...SAMPLE_PROFILE, workAuthorization: ['US', 'CA'] }), 'work_authorization'),
    ).toBe('Yes');
  });

  it('answers the right to work in the EU from any member the person may work in', () => {
    const html = `<label for="w">Are you legally authorized to work in the EU?</label><select id="w"><option>Yes</option><option>No</option></select>`;
    expect(plannedValue(plan(html), 'work_authorization')).toBe('No');
    const inPortugal = plan(html, { ...SAMPLE_PROFILE, workAuthorization: ['PT'] });
    expect(plannedValue(inPortugal, 'work_authorization')).toBe('Yes');
    expect(inPortugal.steps[0]!.reason).toMatch(/asked about the EU/);
  });

  it("answers yes for a citizen asked about a country where their country's people move freely", () => {
    const html = `<label for="w">Are you legally authorized to work in Germany?</label><select id="w"><option>Yes</option><option>No</option></select>`;
    const portuguese = plan(html, { ...SAMPLE_PROFILE, workAuthorization: ['PT'], citizenship: ['PT'] });
    expect(plannedValue(portuguese, 'work_authorization')).toBe('Yes');
    expect(portuguese.steps[0]!.reason).toMatch(/as a citizen of PT/);
    const british = plan(html, { ...SAMPLE_PROFILE, workAuthorization: ['GB'], citizenship: ['GB'] });
    expect(plannedValue(british, 'work_authorization')).toBe('No');
  });

  it('answers the right to work in Europe or the Schengen area from the states inside it, not from home', () => {
    const europe = `<label for="w">Do you have the right to work in Europe?</label><select id="w"><option>Yes</option><option>No</option></select>`;
    // A US-only person is not assumed to be asked about home.
    expect(plannedValue(plan(europe), 'work_authorization')).toBe('No');
    const german = plan(europe, { ...SAMPLE_PROFILE, workAuthorization: ['DE'] });
    expect(plannedValue(german, 'work_authorization')).toBe('Yes');
    expect(german.steps[0]!.reason).toMatch(/asked about Europe/);
    const schengen = `<label for="w">Are you allowed to work in the Schengen area?</label><select id="w"><option>Yes</option><option>No</option></select>`;
    expect(
      plannedValue(plan(schengen, { ...SAMPLE_PROFILE, workAuthorization: ['IE'] }), 'work_authorization'),
    ).toBe('No');
    expect(
      plannedValue(plan(schengen, { ...SAMPLE_PROFILE, workAuthorization: ['CH'] }), 'work_authorization'),
    ).toBe('Yes');
  });

  it('says when a work-authorization answer assumes the job is in the home country', () => {
    const p = plan(
      `<label for="w">Are you legally authorized to work in the country where this job is located?</label><select id="w"><option>Yes</option><option>No</option></select>`,
    );
    const step = p.steps[0]!;
    expect(step.value).toBe('Yes');
    expect(step.reason).toMatch(/assumed job in US/);
    expect(step.confidence).toBeLessThan(0.7);
    const told = plan(
      `<label for="w">Are you legally authorized to work in the country where this job is located?</label><select id="w"><option>Yes</option><option>No</option></select>`,
      SAMPLE_PROFILE,
      { jobCountry: 'DE' },
    );
    expect(told.steps[0]!.value).toBe('No');
  });

  it('leaves demographic questions to the user unless they saved a choice', () => {
    const html = `<label for="g">Gender</label><select id="g" required><option value="">Select</option><option>Man</option><option>Woman</option><option>Decline to self-identify</option></select>
      <label for="r">Race</label><select id="r"><option value="">Select</option><option>Asian</option><option>White</option></select>`;
    const p = plan(html);
    expect(plannedValue(p, 'gender')).toBe('Woman');
    expect(p.steps.some((s) => s.fieldType === 'race')).toBe(false);
    expect(p.skipped.find((s) => s.fieldType === 'race')?.reason).toMatch(/saved choice/);
    const none = plan(html, { ...SAMPLE_PROFILE, eeo: {} });
    expect(none.steps).toEqual([]);
    expect(none.needsYou.map((n) => n.fieldType)).toEqual(['gender']);
  });

  it('reuses a saved answer for a similarly worded custom question', () => {
    const p = plan(
      `<label for="q">Have you worked for this company before?</label><select id="q"><option>Yes</option><option>No</option></select>`,
    );
    const step = p.steps[0]!;
    expect(step.value).toBe('No');
    expect(step.reason).toMatch(/saved answer/);
  });

  it('lists unknown required questions as "needs you" and never guesses them', () => {
    const p = plan(`<label for="q">Describe a hard bug you fixed</label><textarea id="q" required></textarea>
      <label for="o">Anything else?</label><textarea id="o"></textarea>`);
    expect(p.steps).toEqual([]);
    expect(p.needsYou.map((n) => n.label)).toEqual(['Describe a hard bug you fixed']);
    expect(p.summary.text).toBe('0 to fill, 1 need you');
  });

  it('skips honeypots, hidden, read-only and already filled fields unless asked to overwrite', () => {
    const html = `<label for="a">Email</label><input id="a" type="email" value="old@example.com">
      <div aria-hidden="true"><input id="trap" name="trap_email" type="text"></div>
      <div style="display:none"><label for="h">City</label><input id="h"></div>
      <label for="r">Last name</label><input id="r" readonly>`;
    const p = plan(html);
    expect(p.steps).toEqual([]);
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'already filled ("old@example.com")',
      'looks like a bot trap (hidden, unlabelled): never filled',
      'hidden from view',
      'read-only',
    ]);
    expect(plan(html, SAMPLE_PROFILE, { overwrite: true }).steps.map((s) => s.value)).toEqual([
      'ada@example.com',
    ]);
  });

  it('a hidden box that offers to be left empty is optional, not a trap, and still gets nothing: hidden is enough', () => {
    const p = plan(`<div style="display:none"><label for="m">Cover note</label>
      <textarea id="m" aria-describedby="m-h"></textarea><p id="m-h">A few lines on why us, or just leave it blank.</p></div>`);
    expect(p.steps).toEqual([]);
    expect(p.skipped.map((s) => s.reason)).toEqual(['hidden from view']);
  });

  it('fills the native select behind a select2-style widget instead of skipping it as hidden', () => {
    const p = plan(`<label for="c">Country</label>
      <select id="c" class="select2-hidden-accessible" aria-hidden="true" tabindex="-1"><option value="">--</option><option value="US">United States</option></select>
      <span class="select2"><span role="combobox" aria-expanded="false">--</span></span>`);
    expect(p.steps.map((s) => [s.action, s.value])).toEqual([['select', 'United States']]);
    expect(p.skipped).toEqual([]);
  });

  it('plans file steps only for the documents it was given', () => {
    const html = `<label for="cv">Resume</label><input id="cv" type="file" required>`;
    expect(plan(html).needsYou.map((n) => n.fieldType)).toEqual(['resume_file']);
    const p = plan(html, SAMPLE_PROFILE, { files: { resume: { name: 'ada.pdf' } } });
    expect(p.steps[0]).toMatchObject({ action: 'file', value: 'ada.pdf' });
  });

  it('plans combobox steps with the answer text for the executor to match', () => {
    const p = plan(`<label id="l" for="c">Country</label><input id="c" role="combobox" aria-labelledby="l">`);
    expect(p.steps[0]).toMatchObject({
      action: 'combobox',
      value: 'United States',
      answer: { kind: 'country', code: 'US' },
    });
  });

  it('writes years of experience from the experience dates and picks a range option', () => {
    const p = plan(
      `<label for="y">Years of experience</label><select id="y"><option>0-2</option><option>3-5</option><option>6-10</option><option>10+</option></select>`,
      SAMPLE_PROFILE,
      { today: new Date('2026-11-21') },
    );
    expect(plannedValue(p, 'years_experience')).toBe('10+');
  });
});

describe('a field the classifier is unsure of', () => {
  it('is left to the person, saying how sure it was and what it would have written', () => {
    const { document } = loadHtml(
      '<form><label for="c">Where are you based?</label><input id="c" required></form>',
    );
    const unsure = classifyForm(document).map((c) => ({
      ...c,
      classification: { ...c.classification, type: 'city' as const, confidence: 0.5 },
    }));
    const p = planFill(unsure, SAMPLE_PROFILE, [], {});
    expect(p.steps).toEqual([]);
    expect(p.needsYou).toHaveLength(1);
    expect(p.needsYou[0]!.reason).toMatch(
      /not sure it asks for .*\(50% sure\): check it yourself \(yours: ".+"\)/,
    );
    expect(p.needsYou[0]!.reason).toContain('"San Francisco"');
    expect(p.needsYou[0]!.suggestion).toBe('San Francisco');
  });

  it('offers no suggestion for a choice or a file: only a box that takes typed text can take it as typed', () => {
    const { document } = loadHtml(
      '<form><label for="c">Country</label><select id="c" required><option>Canada</option><option>United States</option></select></form>',
    );
    const unsure = classifyForm(document).map((c) => ({
      ...c,
      classification: { ...c.classification, confidence: 0.5 },
    }));
    const p = planFill(unsure, SAMPLE_PROFILE, [], {});
    expect(p.needsYou).toHaveLength(1);
    expect(p.needsYou[0]!.suggestion).toBeUndefined();
  });
});

describe('a box known only by one indirect sign (ONE_INDIRECT_SIGN)', () => {
  const planOf = (html: string) => {
    const { document } = loadHtml(`<form>${html}</form>`);
    return planFill(classifyForm(document), SAMPLE_PROFILE, [], {});
  };

  it('is not filled from its input type, its placeholder or text beside it alone; its answer is offered instead', () => {
    const p = planOf(
      '<input type="email" required>' +
        '<input placeholder="Phone" required>' +
        '<div class="row"><span>Mobile number</span><input type="text" required></div>',
    );
    expect(p.steps).toEqual([]);
    expect(p.needsYou.map((n) => n.suggestion)).toEqual([
      SAMPLE_PROFILE.contact.email,
      expect.stringContaining(SAMPLE_PROFILE.contact.phone!.slice(-4)),
      expect.stringContaining(SAMPLE_PROFILE.contact.phone!.slice(-4)),
    ]);
    expect(p.needsYou[0]!.reason).toMatch(/not sure it asks for/);
  });

  it('fills when two signs agree, or the box has a label of its own', () => {
    const p = planOf(
      '<input type="email" name="email" required>' + '<label for="t">Phone</label><input id="t" type="tel">',
    );
    expect(p.steps.map((s) => s.fieldType)).toEqual(['email', 'phone']);
  });
});
