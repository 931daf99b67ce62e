import { describe, expect, it } from 'vitest';
import { typesInForm as types } from '../testing.ts';

describe('the name boxes of a name block', () => {
  it('the salutation box of a legal-name block (Mr / Ms / Dr) is not the full name its id names', () => {
    expect(
      types(
        '<h3>Legal name</h3><label for="t">Salutation</label><input id="t" name="legalName.salutation">' +
          '<label for="g">Given name</label><input id="g" name="legalName.givenName">' +
          '<label for="a">Prefix</label><input id="a" name="applicantFullName.prefix">' +
          '<label for="f">Full legal name</label><input id="f" name="legalName.full">',
      ),
    ).toEqual(['other', 'first_name', 'other', 'full_name']);
  });

  it('the suffix picked beside a legal name (Jr., III) is not the full name its id names', () => {
    expect(
      types('<h3>Legal Name</h3><label for="s">Suffix</label><input id="s" name="legalName--social">'),
    ).toEqual(['other']);
  });
});

describe('the particle of a surname asked in a box of its own', () => {
  it('is none of the name types, under a "Last name" group or on its own', () => {
    expect(
      types(
        '<div role="group" aria-label="Last name"><input name="a1" placeholder="Tussenvoegsel (van, de, van der)">' +
          '<input name="a2" placeholder="Achternaam"></div>' +
          '<label for="b">Name affix, e.g. von or zu</label><input id="b" name="q7">' +
          '<label for="c">Namenszusatz</label><input id="c" name="q8">' +
          '<label for="d">Surname prefix (voorvoegsel)</label><input id="d" name="q9">',
      ),
    ).toEqual(['other', 'last_name', 'other', 'other', 'other']);
  });
});

describe("someone else's contact, or one used before", () => {
  it("a birth or former name asked beside today's name is not the surname or first name box", () => {
    // forms-dev44: a security vetting block's "Birth name (Geburtsname), if different from your current surname"
    expect(
      types(
        '<label for="s">Surname</label><input id="s" name="q0">' +
          '<label for="b">Birth name (Geburtsname), if different from your current surname</label><input id="b" name="q1">' +
          '<label for="p">Previous first names</label><input id="p" name="q2">' +
          '<label for="m">Maiden name</label><input id="m" name="q3">' +
          '<label for="f">Full name at birth</label><input id="f" name="q4">',
      ),
    ).toEqual(['last_name', 'other', 'other', 'other', 'other']);
  });

  it('a name "previously known by" or "formerly used" is not the surname box, whichever word comes first', () => {
    // forms-dev46 (an NHS form's "Any surname you have previously been known by", for the DBS check)
    expect(
      types(
        '<label for="s">Family name</label><input id="s" name="q0">' +
          '<label for="a">Any surname you have previously been known by</label><input id="a" name="q1">' +
          '<label for="b">Last names used in the past (if any)</label><input id="b" name="q2">' +
          '<label for="c">Surname you were formerly registered under</label><input id="c" name="q3">' +
          '<label for="d">First name, if you were previously known by another</label><input id="d" name="q4">',
      ),
    ).toEqual(['last_name', 'other', 'other', 'other', 'other']);
  });

  it('"Their full name" under "Were you referred? If so, who?" is the referrer, not the candidate', () => {
    // forms-dev35: the question is printed above a box whose placeholder names the other person
    expect(
      types(
        '<p>Were you referred by someone on our team? If so, who would that be, and how do you know them?</p><input name="q1" placeholder="Their full name">' +
          '<label for="e">Their email</label><input id="e" name="q2" type="email">' +
          '<label for="n">Full name</label><input id="n" name="q3">',
      ),
    ).toEqual(['other', 'other', 'full_name']);
  });

  it('"Have you applied before? If so, when, and with which email address?" is not the e-mail box', () => {
    expect(
      types(
        '<p>Have you applied to us before? If so, roughly when, and with which email address?</p><input name="q4">' +
          '<label for="m">Email address</label><input id="m" name="q5">',
      ),
    ).toEqual(['other', 'email']);
  });

  it('a former work address ("… work email address at the time") is not the e-mail box; "Work email" still is', () => {
    // forms-dev40 (Workday former-employee block), forms-dev36 ("used while employed with us"); a contact form's
    // only address may be captioned "Work email" (shared/corpus 13-general-contact)
    const box = (label: string, id: string) =>
      `<label for="${id}">${label}</label><input id="${id}" name="${id}">`;
    expect(
      types(
        box('Your Copperbeck work email address at the time (if you remember it)', 'a') +
          box('Email address you used while employed with us (if any)', 'b') +
          box('Previous email address', 'c') +
          box('Work email', 'd'),
      ),
    ).toEqual(['other', 'other', 'other', 'email']);
  });
});

describe('a long question asking for "their" address or number', () => {
  it('"If a team member referred you, enter their @… email address" is the referrer\'s e-mail, though typed email', () => {
    // forms-dev38: the question sits in a span before the box, longer than a caption a negative word vetoes
    expect(
      types(
        '<div><span>If a team member referred you, enter their @acme.com email address so we can thank them</span>' +
          '<input type="email" name="q3b"></div>' +
          '<div><span>Once you have an offer, give us their mobile number so that our HR team can reach your previous manager</span>' +
          '<input type="tel" name="q3c"></div>',
      ),
    ).toEqual(['other', 'other']);
  });

  it("the candidate's own address asked in a sentence is still the e-mail", () => {
    expect(
      types(
        '<div><span>Which email address should we use to send you updates about your application?</span><input type="email" name="q1"></div>',
      ),
    ).toEqual(['email']);
  });
});

describe("another person's details", () => {
  it('the Name, Job title and Email address under "Your line manager" are that manager\'s', () => {
    // forms-dev42 (SmartRecruiters): the block is about someone else, as a referee's is
    expect(
      types(
        '<label for="f">Full name</label><input id="f"><label for="m">Email</label><input id="m" type="email">' +
          '<h3>Your previous line manager</h3><p>We only get in touch after an offer.</p>' +
          '<label for="n">Name</label><input id="n"><label for="t">Job title</label><input id="t">' +
          '<label for="e">Email address</label><input id="e" type="email">',
      ),
    ).toEqual(['full_name', 'email', 'other', 'other', 'other']);
  });

  it('"the relative\'s full name" is that relative\'s; "Applicant\'s full name" is still the candidate\'s', () => {
    // forms-dev42 (iCIMS): a box described only by "If yes, give the relative's full name and their relationship"
    expect(
      types(
        '<label for="a">Applicant\'s full name</label><input id="a">' +
          '<p id="h">If so, enter your spouse’s full name.</p><input id="s" aria-describedby="h">',
      ),
    ).toEqual(['full_name', 'other']);
  });

  it('a label-less type=email box whose placeholder is "Supervisor\'s email (optional)" is the supervisor\'s', () => {
    // forms-dev43 (Jobvite): the placeholder is the only caption the person reads; the input type is markup
    expect(
      types(
        '<label for="m">Email</label><input id="m" type="email">' +
          '<input id="s" type="email" placeholder="Supervisor\'s email (optional)">' +
          '<div><input id="o" type="email" placeholder="you@example.com"></div>',
      ),
    ).toEqual(['email', 'other', 'email']);
  });

  it("an e-mail or phone asked with another person's possessive is theirs; the candidate's own is kept", () => {
    // forms-dev47 (Personio): "If yes: consultancy and your consultant's email"
    expect(
      types(
        '<label for="e">Applicant\'s email address</label><input id="e">' +
          '<label for="p">Mobile</label><input id="p">' +
          '<label for="c">If yes: consultancy and your consultant\'s email</label><input id="c">' +
          '<label for="a">Agent’s mobile number</label><input id="a" type="tel">' +
          '<label for="h">The hiring manager\'s work e-mail</label><input id="h" type="email">',
      ),
    ).toEqual(['email', 'phone', 'other', 'other', 'other']);
  });

  it("a name asked only where it differs from the one given is another record's, not the name", () => {
    // forms-dev47 (Oracle): "Surname on your CRTO registration, if it differs"
    expect(
      types(
        '<label for="f">First name</label><input id="f"><label for="l">Last name</label><input id="l">' +
          '<label for="r">Surname on your CRTO registration, if it differs</label><input id="r">' +
          '<label for="d">Last name on your driving licence (if different)</label><input id="d">' +
          '<label for="g">Given names as shown on your passport, if they differ</label><input id="g">',
      ),
    ).toEqual(['first_name', 'last_name', 'other', 'other', 'other']);
  });
});

describe('a box whose help asks for the whole name', () => {
  it('"Name to print on your ID badge" helped by "First and last name …" is the full name; a preferred name is not', () => {
    expect(
      types(
        '<label for="b">Name to print on your ID badge</label><input id="b" aria-describedby="hb"><p id="hb">First and last name as colleagues will see it.</p>' +
          '<label for="d">Display name on the rota</label><input id="d" aria-describedby="hd"><p id="hd">Your first &amp; last name, please.</p>' +
          '<label for="p">Preferred name</label><input id="p" aria-describedby="hp"><p id="hp">First and last name you go by.</p>',
      ),
    ).toEqual(['full_name', 'full_name', 'other']);
  });
});

describe('one name box with its parts listed in order', () => {
  it('"Name (first, middle, last)" is the full name; "Middle name" alone is not', () => {
    expect(
      types(
        '<label for="n">Name (first, middle, last) *</label><input id="n" name="applicant_name">' +
          '<label for="m">Middle name</label><input id="m" name="m">',
      ),
    ).toEqual(['full_name', 'other']);
  });
});

describe('a name asked in another script', () => {
  it('"Full Name in Arabic (as on Emirates ID)" is not the full name the profile holds', () => {
    expect(
      types(
        '<label for="n">Full name</label><input id="n" name="n">' +
          '<label for="a">Full Name in Arabic (as on Emirates ID, if you hold one)</label><input id="a" name="a">',
      ),
    ).toEqual(['full_name', 'other']);
  });
});

describe('a place question its help calls a country', () => {
  it('"Where are you currently based?" described as "The country you live in today" is no city', () => {
    expect(
      types(
        '<label for="w">Where are you currently based?</label><input id="w" name="w" aria-describedby="h"><p id="h">The country you live in today.</p>' +
          '<label for="c">Where are you currently based?</label><input id="c" name="c">',
      ),
    ).toEqual(['other', 'city']);
  });
});

describe('a box about pronouns', () => {
  it('is not the email, whatever its help says of emails', () => {
    expect(
      types(
        '<label for="pr">Pronouns <span>Optional. We\'ll use these in every email and interview.</span></label><input id="pr" name="pronouns">',
      ),
    ).toEqual(['other']);
  });
});
