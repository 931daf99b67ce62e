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

  it('a mailing-list embed that only says "Sign up" is known by its subscribe endpoint', () => {
    const page =
      '<form><label for="e">Email</label><input id="e" name="applicant_email" type="email"><label for="n">Full name</label><input id="n" name="applicant_name"></form>' +
      '<div class="bottom"><h3>Trip reports, once a month</h3><form action="https://news.example.org/lists/subscribe/post?u=1" method="post">' +
      '<label for="ne">Your email</label><input id="ne" name="MERGE0" type="email" autocomplete="email"><button>Sign up</button></form></div>';
    expect(types(page)).toEqual(['applicant_email=email', 'applicant_name=full_name', 'MERGE0=other']);
  });

  it('a talent-community form introduced by a paragraph of its card (outside the form) is not the application', () => {
    // forms-dev35: iCIMS and Teamtailor put "Join our talent community" above the <form>, not in it
    const page =
      '<form><label for="e">Email</label><input id="e" name="applicant_email" type="email"></form>' +
      '<div><h3>Not ready to apply?</h3><p>Join our Talent Community and we will email you when jobs open.</p>' +
      '<form><label for="t">Email Address</label><input id="t" name="tc_email" type="email"><button>Join</button></form></div>';
    expect(types(page)).toEqual(['applicant_email=email', 'tc_email=other']);
  });

  it("a refer-a-friend card (their email, your name) is not the application; the application's boxes still are", () => {
    const page =
      '<form><label for="e">Email</label><input id="e" name="applicant_email" type="email"><label for="n">Full name</label><input id="n" name="applicant_name"></form>' +
      "<aside><h3>Know a great hygienist?</h3><p>Refer them and we'll send you a gift card.</p><form>" +
      '<label for="a">Their name</label><input id="a" name="cand_name"><label for="b">Their email</label><input id="b" name="cand_email" type="email">' +
      '<label for="c">Your name</label><input id="c" name="my_name"></form></aside>';
    expect(types(page)).toEqual([
      'applicant_email=email',
      'applicant_name=full_name',
      'cand_name=other',
      'cand_email=other',
      'my_name=other',
    ]);
  });

  it('a Mailchimp embed with an opt-in box and a hidden bot field, and a "create alert" card, are not the application', () => {
    // forms-dev36: the sidebar alert says "Get an email when we post new jobs", its button "Create alert"
    const page =
      '<form><label for="e">Email</label><input id="e" name="applicant_email" type="email"><label for="n">Full name</label><input id="n" name="applicant_name"></form>' +
      '<div class="card"><h3>Not the right role?</h3><p>Get an email when we post new jobs on a team you care about.</p><form action="/wp-admin/admin-post.php">' +
      '<label for="ae">Your email</label><input type="email" id="ae" name="alert_email"><label for="at">Team</label><select id="at" name="alert_team"><option>All teams</option><option>Sales</option></select><button>Create alert</button></form></div>' +
      '<footer><form action="https://x.us21.list-manage.com/subscribe/post?u=1&amp;id=2" id="mc-embedded-subscribe-form"><label for="m">Email address</label><input type="email" id="m" name="EMAIL">' +
      '<label><input type="checkbox" name="gdpr" value="Y"> Yes, send me the Dispatch.</label>' +
      '<div style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="b_5c1d_90aa" tabindex="-1" value=""></div></form></footer>';
    expect(types(page)).toEqual([
      'applicant_email=email',
      'applicant_name=full_name',
      'alert_email=other',
      'alert_team=other',
      'EMAIL=other',
      'gdpr=other',
      'b_5c1d_90aa=other',
    ]);
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

  it("a question label `for` the first radio (Django's RadioSelect) is the group's question", () => {
    const page =
      '<form><fieldset><legend>Eligibility</legend>' +
      '<label for="r_0">Do you need us to sponsor a visa for this post?</label><div>' +
      '<div><input type="radio" name="visa" id="r_0"><label for="r_0">Yes</label></div>' +
      '<div><input type="radio" name="visa" id="r_1"><label for="r_1">No</label></div></div>' +
      '<label for="w_0">Are you legally entitled to work in New Zealand?</label><div>' +
      '<div><input type="radio" name="rights" id="w_0"><label for="w_0">Yes</label></div>' +
      '<div><input type="radio" name="rights" id="w_1"><label for="w_1">No</label></div></div></fieldset></form>';
    const fields = classifyForm(parseHTML(`<html><body>${page}</body></html>`).document as never);
    expect(fields.map((f) => f.classification.type)).toEqual(['sponsorship_required', 'work_authorization']);
    expect(fields[0]?.field.options.map((o) => o.text)).toEqual(['Yes', 'No']);
  });

  it("a row of a referees grid is the referee's, not the person's phone", () => {
    const page =
      '<form><label for="t">Telephone</label><input id="t" name="tel"><div><span>Professional references</span><table><thead><tr><th>Name</th><th>Mobile</th></tr></thead>' +
      '<tbody><tr><td><input name="refs[]" aria-label="Name, Row 1"></td><td><input name="refs[]" aria-label="Mobile, Row 1"></td></tr></tbody></table></div></form>';
    expect(types(page)).toEqual(['tel=phone', 'refs[]=other', 'refs[]=other']);
  });

  it('a switch named by aria-labelledby asks its own question, not the one before it', () => {
    const page =
      '<form><div><input type="checkbox" role="switch" name="q1" aria-labelledby="l1"><span id="l1">Are you authorised to work in Ireland without restriction?</span></div>' +
      '<div><input type="checkbox" role="switch" name="q2" aria-labelledby="l2"><span id="l2">Would you need us to sponsor an employment permit?</span></div></form>';
    expect(types(page)).toEqual(['q1=work_authorization', 'q2=sponsorship_required']);
  });

  it("a custom select's hidden value input is part of its question, not a question of its own", () => {
    const page =
      '<form><p id="q-label">How did you hear about us?</p><div><div role="combobox" tabindex="0" aria-haspopup="listbox" aria-labelledby="q-label"></div>' +
      '<input aria-hidden="true" tabindex="-1" value=""></div></form>';
    const fields = classifyForm(parseHTML(`<html><body>${page}</body></html>`).document as never);
    expect(fields.map((f) => [f.classification.type, f.field.elements.length])).toEqual([
      ['how_did_you_hear', 2],
    ]);
  });

  it("a listbox button's hidden value input (Workday) is part of the button's question", () => {
    const page =
      '<form><div><label for="c" id="c-l">Country</label><div><button type="button" id="c" aria-haspopup="listbox" aria-labelledby="c-l c">Canada</button>' +
      '<input type="text" aria-hidden="true" tabindex="-1" value="a1b2"></div></div></form>';
    const fields = classifyForm(parseHTML(`<html><body>${page}</body></html>`).document as never);
    expect(fields.map((f) => [f.classification.type, f.field.elements.length])).toEqual([['country', 2]]);
  });

  it("a box's own caption beats the legend of the section around it", () => {
    const page =
      '<form><fieldset><legend>Your details</legend><div><div>Given name</div><input name="1001"></div>' +
      '<div><div>Surname</div><input name="1002"></div><div><div>Town of residence</div><input name="1003"></div></fieldset></form>';
    expect(types(page)).toEqual(['1001=first_name', '1002=last_name', '1003=city']);
  });

  it('a signup box is left alone even when it asks the browser for the e-mail (autocomplete)', () => {
    const page =
      '<form><label for="e">Email</label><input id="e" name="e" autocomplete="email"><label for="n">Name</label><input id="n" name="n" autocomplete="name"><label for="c">CV</label><input id="c" name="c" type="file"></form>' +
      '<form><p>Get job alerts by e-mail</p><input name="alert_email" autocomplete="email"><button>Subscribe</button></form>';
    expect(types(page)).toEqual(['e=email', 'n=full_name', 'c=resume_file', 'alert_email=other']);
  });
});
