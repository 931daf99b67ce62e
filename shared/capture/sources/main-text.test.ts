import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findDescriptionElement } from './main-text.ts';
import { scanPage } from './scan.ts';

const para = (s: string) =>
  `<p>${s} ${'The crew works in two shifts and rotates every month. '.repeat(9)}</p>`;

describe('a description split into sibling sections of the page', () => {
  it('joins the like sections after the description when their parent also holds the title', () => {
    const { document } = parseHTML(`<html><body><main>
      <div data-testid="role-header"><h1>Night Baker</h1></div>
      <section data-testid="role-description"><h2>The job</h2>${para('You shape rye loaves for our six shops.')}</section>
      <section data-testid="role-requirements"><h2>You bring</h2><ul><li>Two years in a craft bakery</li></ul></section>
      <section data-testid="role-benefits"><h2>We offer</h2><p>Free bread and a bike lease.</p></section>
      <section data-testid="more-roles"><h2>Other roles</h2><ul><li>Delivery driver, Ghent</li></ul></section>
    </main></body></html>`);
    const page = scanPage(document);
    const el = findDescriptionElement(page, page.h1s[0]);
    const text = el?.textContent ?? '';
    expect(text).toContain('You shape rye loaves');
    expect(text).toContain('Two years in a craft bakery');
    expect(text).toContain('Free bread and a bike lease');
    expect(text).not.toContain('Delivery driver');
    expect(text).not.toContain('Night Baker');
  });
});

describe('a description whose sections each sit in their own expandable wrappers', () => {
  it('joins the sections through the one-child wrappers around each text block', () => {
    const section = (h: string, body: string) =>
      `<div class="msg"><h2>${h}</h2><div class="wrap"><div class="text">${body}</div></div></div>`;
    const { document } = parseHTML(`<html><body><div class="page">
      <div class="head"><h1>Orchard Foreman</h1><dl><dt>Type</dt><dd>Seasonal</dd></dl></div>
      <div class="content"><div class="col">
        ${section('Overview', '<p>We grow pears and cider apples on forty hectares beside the river, and sell most of them ourselves.</p>')}
        ${section('Duties', '<ul><li>Lead a picking crew of twelve through the harvest</li><li>Keep the bin counts and the spray log</li></ul>')}
        ${section('You bring', `<ul><li>Two seasons of orchard work behind you</li><li>A tractor licence, and the patience to train new pickers</li><li>Good humour at six in the morning</li></ul>${para('Housing is available on the farm.')}`)}
      </div></div>
    </div></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('We grow pears and cider apples');
    expect(text).toContain('Lead a picking crew of twelve');
    expect(text).toContain('Two seasons of orchard work');
    expect(text).not.toContain('Orchard Foreman');
  });
});

describe('a page wrapped whole in one form (ASP.NET, JSF)', () => {
  it('reads the description inside the form that also holds the title', () => {
    const { document } = parseHTML(`<html><body><form method="post" action="./Posting.aspx?id=9">
      <input type="hidden" name="__VIEWSTATE" value="abc">
      <h1>Bridge Inspector</h1>
      <div class="panel"><h3>Duties</h3>${para('You inspect county bridges twice a year and write up the defects you find.')}
        <ul><li>Climb and measure steel and concrete spans</li><li>Log scour and corrosion with photos</li></ul></div>
    </form></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('You inspect county bridges');
  });

  it('still skips an application form below the posting', () => {
    const { document } = parseHTML(`<html><body><h1>Bridge Inspector</h1>
      <div class="posting">${para('You inspect county bridges twice a year.')}</div>
      <form><p>Tell us in a few lines why you want to inspect bridges, what you have built, and where.</p>
      <p>Attach a CV, a cover letter, two references, and your engineering licence as one PDF file.</p>
      <p>We read every application ourselves, and reply to each one within ten working days.</p>
      <label>Why this job? <textarea name="why"></textarea></label> <input type="file" name="cv"></form>
    </body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('You inspect county bridges');
    expect(text).not.toContain('Attach a CV');
  });

  it('reads a form with no field to fill in as the page, even when the title is no heading', () => {
    const { document } = parseHTML(`<html><body>
      <div class="notice">${para('This site keeps a cookie for your session, and nothing else at all.')}</div>
      <form id="postingView" method="post" action="/careers/detail"><input type="hidden" name="sid" value="7">
      <span class="pagetitle">Ferry Deckhand</span>
      <span class="body"><p><b>Duties</b></p>${para('You handle mooring lines and help passengers board at each of our four island stops.')}
        <ul><li>Keep the car deck clear and chocked before each crossing</li><li>Stand the bow lookout in fog</li></ul></span>
      </form></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, null)?.textContent ?? '';
    expect(text).toContain('You handle mooring lines');
    expect(text).not.toContain('cookie');
  });
});

describe('prose sections before a description named as such', () => {
  it('joins an information section above the description, but not a grid of facts', () => {
    const { document } = parseHTML(`<html><body><main><h1>Park Ranger</h1>
      <section class="panel"><h3>Details</h3><div><span>Shift:</span><span>Day</span></div></section>
      <section class="panel"><h3>About the district</h3><p>The district runs nine parks along the coast.</p></section>
      <section class="panel" id="jobDescription"><h3>Duties</h3>${para('You patrol trails and lead school visits.')}</section>
      <section class="panel"><h3>Benefits</h3><p>A uniform allowance and a pension.</p></section>
    </main></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('The district runs nine parks');
    expect(text).toContain('You patrol trails');
    expect(text).toContain('A uniform allowance');
    expect(text).not.toContain('Shift:');
  });
});

describe("the densest block among the title's sibling sections", () => {
  it('joins the like sections beside it, up to a section listing other postings', () => {
    const { document } = parseHTML(`<html><body><main>
      <section data-testid="role-top"><h1>Pastry Chef</h1><span>Full-time</span></section>
      <section data-testid="role-body"><h2>The job</h2>${para('You run the laminating bench from five in the morning.')}</section>
      <section data-testid="role-needs"><h2>You bring</h2><ul><li>Three years of croissant lamination</li></ul></section>
      <section data-testid="role-jobs"><h2>Other jobs at Crumb</h2><ul><li>Barista, fully remote? No: Bath</li></ul></section>
    </main></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('You run the laminating bench');
    expect(text).toContain('Three years of croissant lamination');
    expect(text).not.toContain('Barista');
  });
});

describe('sections printed as divs of one class beside the title', () => {
  it('joins the like sections before the densest one, a list-only section included', () => {
    const { document } = parseHTML(`<html><body><div class="jobPage">
      <h1>Garden Centre Assistant</h1>
      <div class="infoBlock jobSection"><h2>About us</h2><p>We run four garden centres along the river.</p></div>
      <div class="infoBlock jobSection"><h2>What you will do</h2><ul><li>Water the glasshouse benches each morning</li></ul></div>
      <div class="infoBlock jobSection"><h2>What you need</h2>${para('You know your perennials from your annuals.')}</div>
      <div class="relatedJobs"><h3>Similar jobs</h3><ul><li>Cafe assistant, Kew</li></ul></div>
    </div></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('Water the glasshouse benches');
    expect(text).toContain('We run four garden centres');
    expect(text).toContain('You know your perennials');
    expect(text).not.toContain('Cafe assistant');
  });
});

describe('a site builder printing each block type as its own <section> class', () => {
  it('keeps the text blocks on both sides of a quote block in one description', () => {
    const { document } = parseHTML(`<html><body><main>
      <section class="blk-header"><h1>Lighting Artist</h1><div>Art · Leeds</div></section>
      <section class="blk-text"><div>${para('You light the night markets of our next city builder.')}
        <ul><li>Bake lightmaps for twelve districts</li></ul></div></section>
      <section class="blk-quote"><blockquote>"Light is the story." Our art lead</blockquote></section>
      <section class="blk-text"><div><h3>You bring</h3><ul><li>A reel of real-time lighting work</li></ul></div></section>
      <section class="blk-jobs"><h2>Other jobs</h2><ul><li><a href="/jobs/2-rigger">Rigger</a></li></ul></section>
    </main></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('You light the night markets');
    expect(text).toContain('A reel of real-time lighting work');
    expect(text).not.toContain('Lighting Artist');
  });
});

describe('sections printed as preformatted text under their own headings (iCIMS)', () => {
  it('reads the lines of pre-wrap blocks as paragraphs and joins every section with its heading', () => {
    const block = (lines: string) =>
      `<div class="info-msg"><div style="white-space: pre-wrap">${lines}</div></div>`;
    const { document } = parseHTML(`<html><body><div class="job">
      <div class="jobs-table"><h1>HVAC Service Technician</h1></div>
      <h2 class="info-field">Overview</h2>
      ${block('We are a family-owned company with 46 technicians, and we answer our own phones.\n\nThis is a full-time, year-round position: 40 hours a week, Monday to Friday.')}
      <h2 class="info-field">Responsibilities</h2>
      ${block('- Diagnose and repair residential split systems, heat pumps and gas furnaces\n- Perform spring and fall maintenance visits for our members\n- Explain repair-or-replace options to homeowners honestly')}
      <h2 class="info-field">Pay and Benefits</h2>
      ${block('Starting at $28.00 per hour, depending on certifications and experience.\n$2,500 sign-on bonus, paid half at 30 days and half at 90 days.\nTechnicians also earn up to $12,000 a year in sales spiffs on plans.\nHealth, dental and vision insurance; 401(k) with a 4% match.')}
      <h2 class="similar">Similar Jobs</h2>
    </div></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('This is a full-time, year-round position');
    expect(text).toContain('Responsibilities');
    expect(text).toContain('Perform spring and fall maintenance visits');
    expect(text).toContain('Starting at $28.00 per hour');
    expect(text).not.toContain('Similar Jobs');
    expect(text).not.toContain('HVAC Service Technician');
  });
});

describe('a flat page with the description beside the title', () => {
  it('joins the headings and prose blocks around the description, up to a fact list or table', () => {
    const { document } = parseHTML(`<html><body><main><div class="container">
      <h1>Community Dietitian</h1>
      <dl><dt>Contract</dt><dd>Permanent</dd></dl>
      <h3>Job summary</h3><p>This is a permanent part-time post of 22.5 hours per week.</p>
      <h3>Main duties of the job</h3>${para('You will carry a caseload of adults in the community.').replace('<p>', '<p id="job_description_summary">')}
      <h3>Job responsibilities</h3><ul><li>Train care home staff in food-first approaches</li></ul>
      <h3>Person specification</h3><table><tr><td>HCPC registration</td></tr></table>
    </div></main></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('permanent part-time post of 22.5 hours');
    expect(text).toContain('You will carry a caseload');
    expect(text).toContain('Train care home staff');
    expect(text).not.toContain('HCPC registration');
    expect(text).not.toContain('Permanent\n');
    expect(text).not.toContain('Community Dietitian');
  });

  it('keeps a lone description paragraph among the page parts alone', () => {
    const { document } = parseHTML(`<html><body><main>
      <h1>Night Baker</h1><dl><dt>Type</dt><dd>Full time</dd></dl>
      ${para('You shape rye loaves for our six shops.').replace('<p>', '<p id="job_description">')}
      <table><tr><td>Related: Delivery driver</td></tr></table>
    </main></body></html>`);
    const page = scanPage(document);
    expect(findDescriptionElement(page, page.h1s[0])?.tagName).toBe('P');
  });
});

describe('a description in two fields, each under its own label block (Taleo)', () => {
  it('joins the field after a label block when it is of the same kind and holds a list', () => {
    const { document } = parseHTML(`<html><body><div class="editablesection">
      <h1><span class="titlepage">Teller</span></h1>
      <div class="contentlinepanel"><span class="subtitle">Flexible work:</span> <span class="text">Not eligible</span></div>
      <div class="contentlinepanel"><span class="subtitle">Job Description</span></div>
      <div class="text">${para('You greet clients at the counter.')}<ul><li>Balance your cash drawer</li><li>Spot cheque fraud</li></ul>${para('You open the branch on Saturdays.')}</div>
      <div class="contentlinepanel"><span class="subtitle">Qualifications</span></div>
      <div class="text"><ul><li>Available every Friday and Saturday</li></ul></div>
      <div class="contentlinepanel"><span class="subtitle">Primary Location</span> <span class="text">Canada-Ontario-Kingston</span></div>
      <div class="contentlinepanel"><span class="subtitle">Schedule</span> <span class="text">Full-time</span></div>
    </div></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('You greet clients at the counter.');
    expect(text).toContain('Qualifications');
    expect(text).toContain('Available every Friday and Saturday');
    expect(text).not.toContain('Kingston');
    expect(text).not.toContain('Not eligible');
  });

  it('leaves a block after a label that holds no prose, or of another kind', () => {
    const { document } = parseHTML(`<html><body><div class="posting">
      <h1>Teller</h1>
      <div class="text">${para('You greet clients at the counter.')}</div>
      <div class="label">Similar jobs</div>
      <div class="cards"><ul><li>Branch Manager, Ottawa</li></ul></div>
    </div></body></html>`);
    const page = scanPage(document);
    const text = findDescriptionElement(page, page.h1s[0])?.textContent ?? '';
    expect(text).toContain('You greet clients');
    expect(text).not.toContain('Branch Manager');
  });
});
