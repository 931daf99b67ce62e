import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from './classify-form.ts';

// What the page around a control says about it (forms-dev10): a signup form in the footer, an icon
// naming a box, an address path's leaf, and options that spell out a status question.
const types = (body: string) =>
  classifyForm(parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as never).map(
    (f) => `${f.field.signals.name}=${f.classification.type}`,
  );

describe('parts of a page that are not the question they seem', () => {
  it('a footer newsletter signup is not the application, but the application email still is', () => {
    const page =
      '<form><label for="e">Email</label><input id="e" name="applicant_email" type="email"><label for="n">Full name</label><input id="n" name="applicant_name"></form>' +
      '<footer><form><p>Our monthly newsletter</p><input type="email" name="email" placeholder="you@example.com"><button>Subscribe</button></form></footer>';
    expect(types(page)).toEqual(['applicant_email=email', 'applicant_name=full_name', 'email=other']);
  });

  it('an application form with a "subscribe me" checkbox is still the application', () => {
    const page =
      '<form><label for="e">Email address</label><input id="e" name="mail" type="email"><label for="p">Phone</label><input id="p" name="tel" type="tel"><label><input type="checkbox" name="news"> Subscribe me to the newsletter</label></form>';
    expect(types(page).slice(0, 2)).toEqual(['mail=email', 'tel=phone']);
  });

  it("an icon's title names the box beside it", () => {
    const page =
      '<form><span>Links</span><div><svg role="img"><title>Personal website</title><circle r="4"/></svg><input name="links.2" placeholder="https://"></div></form>';
    expect(types(page)).toEqual(['links.2=website_url']);
  });

  it('the leaf of an address path names the box: candidate[address][zip] is the postal code', () => {
    const page =
      '<form><h3>Where you live</h3><span>Town</span><input name="person[address][city]"><span>ZIP</span><input name="person[address][zip]"></form>';
    expect(types(page)).toEqual(['person[address][city]=city', 'person[address][zip]=postal_code']);
  });

  it('a status question whose options name citizenship and visas asks about the right to work', () => {
    const page =
      '<form><label for="s">Your status in Ireland</label><select id="s" name="q7"><option>Choose one</option><option>I am an Irish or EU citizen</option><option>I hold Stamp 4 permission</option><option>I hold a work permit with another employer</option></select></form>';
    expect(types(page)).toEqual(['q7=work_authorization']);
  });
});
