import { describe, expect, it } from 'vitest';
import { typesInForm } from '../testing.ts';

describe('profile links on named sites', () => {
  it('a profile on an academic or coding site in a urls[...] list is not the personal website', () => {
    const box = (site: string) =>
      `<label for="${site}">${site} URL</label><input id="${site}" name="urls[${site}]">`;
    expect(typesInForm(box('ResearchGate') + box('ORCID') + box('Kaggle') + box('Google Scholar'))).toEqual([
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('a recorded video intro in a urls[...] list is a clip, not the personal website', () => {
    const box = (what: string) =>
      `<label for="${what}">${what}</label><input id="${what}" name="urls[${what}]">`;
    expect(typesInForm(box('Short video about you') + box('Vimeo reel') + box('Personal website'))).toEqual([
      'other',
      'other',
      'website_url',
    ]);
  });

  it('the personal site and the catch-all link of the same list still are', () => {
    expect(
      typesInForm(
        '<label for="w">Personal site</label><input id="w" name="urls[Personal]">' +
          '<label for="o">Other URL</label><input id="o" name="urls[Other]">',
      ),
    ).toEqual(['website_url', 'website_url']);
  });

  it('the site of a place the question names ("paste its website") is not the person\'s own', () => {
    const area = (id: string, label: string) =>
      `<label for="${id}">${label}</label><textarea id="${id}"></textarea>`;
    expect(
      typesInForm(
        area(
          'r',
          'Name one restaurant whose food you admire, and paste its website so we can see the menu.',
        ) +
          area('c', 'Which charity do you support? Add their home page.') +
          area('w', 'Your website'),
      ),
    ).toEqual(['other', 'other', 'website_url']);
  });
});

describe('uploads with no words of their own', () => {
  it('under a section naming the resume, a box named for the cover letter takes the cover letter', () => {
    const upload = (name: string) =>
      `<div><input type="file" name="${name}"><button type="button">Choose file</button></div>`;
    expect(
      typesInForm(`<h2>Resume and other documents</h2>${upload('resumeDoc')}${upload('coverLetter')}`),
    ).toEqual(['resume_file', 'cover_letter_file']);
  });

  it('a "Browse…" button is widget wording, so the section names the upload after it', () => {
    expect(
      typesInForm(
        '<h3>Cover letter</h3><div><button type="button">Browse…</button><input type="file" name="f1"></div>',
      ),
    ).toEqual(['cover_letter_file']);
  });

  it('the button words beside a box ("Replace", "Wybierz plik (PDF)", "Choose file") leave the document it takes', () => {
    expect(
      typesInForm(
        '<div><span>Curriculum</span><span>meu-cv-2026.pdf</span><label>Trocar<input type="file" class="sr-only"></label></div>' +
          '<div><p>CV</p><button type="button">Wybierz plik (DOCX)<input type="file" style="display:none"></button></div>' +
          '<div><span>Covering letter</span><label>Choose file<input type="file" style="clip:rect(0 0 0 0)"></label></div>',
      ),
    ).toEqual(['resume_file', 'resume_file', 'cover_letter_file']);
  });

  it("a drop zone naming the document under a section's title takes that document, not the title's", () => {
    // forms-dev42 (SmartRecruiters): the section title "Experience" was read as the box's question, the drop zone's
    // "Drag and drop your CV here" only as far context
    expect(
      typesInForm(
        '<section><h2>Work history</h2><div><p>Drag and drop your résumé here or</p><button type="button">Choose a file</button>' +
          '<input type="file" accept=".pdf,.docx"></div><p>PDF or DOCX up to 5 MB.</p></section>',
      ),
    ).toEqual(['resume_file']);
  });

  it('a box whose hint says it is not a cover letter is its own question', () => {
    expect(
      typesInForm(
        '<label for="w">Why this move?</label><textarea id="w" placeholder="A few lines; this is not a cover letter."></textarea>' +
          '<label for="c">Cover letter</label><textarea id="c"></textarea>',
      ),
    ).toEqual(['other', 'cover_letter_text']);
  });
});

describe('a letter upload named by its verb', () => {
  it('"Importer ma lettre" and "Subir mi carta" take the cover letter', () => {
    expect(
      typesInForm(
        '<label for="l1">Importer ma lettre</label><input type="file" id="l1" name="up1">' +
          '<label for="l2">Subir mi carta</label><input type="file" id="l2" name="up2">',
      ),
    ).toEqual(['cover_letter_file', 'cover_letter_file']);
  });
});

describe('a profile site named only to rule it out', () => {
  it('"not your LinkedIn" asks for something else; a LinkedIn box with a fallback note still asks for LinkedIn', () => {
    expect(
      typesInForm(
        '<label for="d">Share a design doc you authored (Google Drive is fine, not your LinkedIn).</label><input id="d" name="q1">' +
          '<label for="g">Point us to a talk you gave (never a GitHub profile)</label><input id="g" name="q2">' +
          '<label for="l">LinkedIn URL (not on LinkedIn? write N/A)</label><input id="l" name="q3">' +
          // forms-dev35: a paper asked for, the profile ruled out in the same breath
          '<label for="p">Link to one paper you\'re proud of; please don\'t send your LinkedIn</label><input id="p" name="q4">',
      ),
    ).toEqual(['other', 'other', 'linkedin_url', 'other']);
  });

  it('a site named as the home of a piece of work ("a LinkedIn article", "a GitHub issue") asks for the piece', () => {
    expect(
      typesInForm(
        '<label for="w">Send us a link to a talk or write-up of yours: a LinkedIn post, a slide deck, anything.</label><input id="w" name="q1">' +
          '<label for="b">Describe a bug you chased down. You may link a GitHub pull request.</label><input id="b" name="q2">' +
          '<label for="l">LinkedIn URL (or a LinkedIn post you are proud of)</label><input id="l" name="q3">' +
          '<label for="s">One screen you drew: a Dribbble shot or a LinkedIn post will do</label><input id="s" name="q4">',
      ),
    ).toEqual(['other', 'other', 'linkedin_url', 'other']);
  });

  it('Portuguese "no LinkedIn" is "on LinkedIn", not a refusal', () => {
    expect(
      typesInForm('<label for="p">Link do seu perfil no LinkedIn</label><input id="p" name="perfil">'),
    ).toEqual(['linkedin_url']);
  });
});

describe('a link allowed beside the writing a box asks for', () => {
  const essay = (question: string, placeholder: string, name: string) =>
    `<div class="card"><div class="q">${question}</div><textarea name="${name}" placeholder="${placeholder}"></textarea></div>`;

  it("a long hint that allows a link to a post on a site is not that site's profile box", () => {
    expect(
      typesInForm(
        essay(
          'Tell us about a launch you led from start to finish.',
          'A few sentences here please; if you wrote it up on LinkedIn, a link is welcome as well.',
          'launch',
        ),
      ),
    ).toEqual(['other']);
  });

  it('a hint that asks for the profile link itself still is', () => {
    expect(
      typesInForm(
        `<div class="card"><div class="q">Where can we find you online?</div><input name="online" placeholder="Your LinkedIn profile link, so the hiring team can see your past roles and endorsements quickly"></div>`,
      ),
    ).toEqual(['linkedin_url']);
  });
});

describe('a GitHub box that takes a username', () => {
  it('"username or profile" takes the profile link; a bare username does not', () => {
    expect(
      typesInForm(
        '<label for="a">GitHub handle or profile URL</label><input id="a" name="q1">' +
          '<label for="b">GitHub username</label><input id="b" name="q2">',
      ),
    ).toEqual(['github_url', 'other']);
  });
});

describe('the message to the hiring team', () => {
  it('"Let the company know about your interest working there" under "Message to the Hiring Team" is the cover letter', () => {
    // forms-dev38: SmartRecruiters' one-click apply, the section heading above the textarea's own label
    expect(
      typesInForm(
        '<section><h2>Message to the Hiring Team</h2><label for="m">Let the company know about your interest working there</label>' +
          '<textarea id="m"></textarea></section>',
      ),
    ).toEqual(['cover_letter_text']);
  });
});

describe('a site or portfolio that is not the person’s link', () => {
  it('"That school\'s website" is the school\'s; a long "you can describe it here" about a portfolio asks for writing', () => {
    // forms-dev41 (Teamtailor): both are boxes under a teacher's current school
    expect(
      typesInForm(
        '<input name="s" placeholder="That school\'s website (optional)">' +
          '<label for="p">If you keep a class blog or a digital portfolio of pupils\' work, you can describe it here – but please don\'t paste pupils\' names, photos or work</label><input id="p" name="p">' +
          '<label for="w">Personal website</label><input id="w" name="w">',
      ),
    ).toEqual(['other', 'other', 'website_url']);
  });
});

describe('a link to one piece of work, named before its site', () => {
  it('a pull request or commit asked first is not the GitHub profile, whatever sites follow', () => {
    // forms-dev45 (Greenhouse classic, Canada)
    const box = (question: string, id: string) =>
      `<label for="${id}">${question}</label><input id="${id}" type="text">`;
    expect(
      typesInForm(
        box(
          'Paste a link to one pull request or commit you are proud of (GitHub, GitLab, Bitbucket – public repos only), and tell us in a sentence why.',
          'a',
        ) +
          box('Link to a merge request you wrote (GitLab or GitHub)', 'b') +
          box('Share a link to a post you wrote, on LinkedIn or elsewhere', 'c'),
      ),
    ).toEqual(['other', 'other', 'other']);
  });

  it('a profile site named first still asks for the profile', () => {
    const box = (question: string, id: string) =>
      `<label for="${id}">${question}</label><input id="${id}" type="text">`;
    expect(
      typesInForm(
        box('GitHub URL (or a link to a gist you like)', 'a') +
          box('Link to your GitHub profile, with at least one commit', 'b'),
      ),
    ).toEqual(['github_url', 'github_url']);
  });
});

describe('a profile link marked autocomplete="url"', () => {
  it('is the site its caption names; a bare website box stays the website', () => {
    expect(
      typesInForm(
        '<label for="li">LinkedIn Profile URL</label><input id="li" name="linkedinUrl" autocomplete="url">' +
          '<label for="w">Website</label><input id="w" name="website" autocomplete="url">',
      ),
    ).toEqual(['linkedin_url', 'website_url']);
  });
});

describe("another document in the supporting statement's section", () => {
  it('a registration certificate upload there is not the cover letter; the statement upload is', () => {
    expect(
      typesInForm(
        '<fieldset><legend>4. Supporting statement</legend>' +
          '<label for="st">Upload your supporting statement</label><input type="file" id="st">' +
          '<label for="rc">Upload your EHRB registration certificate (optional)</label><input type="file" id="rc"></fieldset>',
      ),
    ).toEqual(['cover_letter_file', 'other']);
  });
});
