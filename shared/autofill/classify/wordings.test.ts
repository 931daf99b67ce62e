import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from './testing.ts';

// How US/UK ATS questions are worded when an employer writes its own (forms-dev8), and upload boxes
// whose only words are the widget's.

describe('the employer acting on a visa is sponsorship; being eligible is authorization', () => {
  it('reads petitions and "take action to obtain, extend or maintain" as sponsorship', () => {
    expect(
      types(
        yesNo(
          'Will you now or later need an employer to file a petition for, or extend, a work visa for you?',
          'a',
        ) +
          yesNo(
            'Will you need Acme Foods to take action to obtain, extend or maintain your work authorization?',
            'b',
          ) +
          yesNo('Are you legally eligible for employment in the United States?', 'c'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });

  it('a shift pattern the person is "able to work" is a schedule question', () => {
    expect(
      types(yesNo('This role works nights, 22:00 to 07:00. Are you able to work this pattern?', 'p')),
    ).toEqual(['other']);
  });
});

describe('questions as employers write them', () => {
  it('"current (or most recent) job title" is the current title', () => {
    expect(
      types(
        `<label for="t">What is your current (or most recent) job title?</label><input id="t" name="question_31">`,
      ),
    ).toEqual(['current_title']);
  });

  it('a label that sets the scene before asking is read by its question', () => {
    const states = [
      'Arizona',
      'Colorado',
      'Georgia',
      'Illinois',
      'Oregon',
      'Texas',
      'Utah',
      'Washington',
      'Ohio',
      'Iowa',
    ]
      .map((s) => `<option>${s}</option>`)
      .join('');
    expect(
      types(
        `<label for="s">This role is remote from select states. Which state will you work from?</label><select id="s"><option value="">Please select</option>${states}</select>`,
      ),
    ).toEqual(['state']);
  });
});

describe('an upload box named by its section', () => {
  it('takes the resume from a heading or a drop-zone line, in several languages', () => {
    expect(
      types(
        `<section><h3>Tu CV</h3><label><span>Seleccionar archivo</span><input type="file" style="display:none"></label></section>`,
      ),
    ).toEqual(['resume_file']);
    expect(
      types(
        `<h3>Resume</h3><div>Upload from your device</div><div>Drag and drop your CV here</div><input type="file">`,
      ),
    ).toEqual(['resume_file']);
    expect(
      types(
        `<h3>Dokumenty</h3><p>CV</p><label>Dodaj plik<input type="file"></label><p>List motywacyjny</p><label>Dodaj plik<input type="file"></label>`,
      ),
    ).toEqual(['resume_file', 'cover_letter_file']);
    // (ja) a drop-zone line and a required badge nearer the box than the document's name
    expect(
      types(
        `<div><span>職務経歴書</span><span>必須</span><div>ここにファイルをドロップ、またはクリックして選択</div><input type="file"></div>`,
      ),
    ).toEqual(['resume_file']);
  });
});

describe('legacy US ATS wording (Taleo, ADP)', () => {
  it('a temporary status needing a petition filed, extended or transferred is sponsorship; current pay is not expected pay', () => {
    expect(
      types(
        yesNo(
          'Are you working in the U.S. on a temporary status that would require us to file, extend or transfer a petition for you?',
          'a',
        ) +
          `<p>5. What is your current or most recent annual base salary?</p><input name="q5" type="text">` +
          `<p>7. If offered this position, on what date could you begin work?</p><input name="q7" type="text">`,
      ),
    ).toEqual(['sponsorship_required', 'other', 'start_date']);
  });

  it('the most recent employment block is the current job, and "Source Type" is how you heard', () => {
    expect(
      types(
        `<h3>Most Recent Employment</h3><label for="e">Employer Name</label><input id="e" name="recentEmployer"><label for="p">Position Held</label><input id="p" name="recentPosition">` +
          `<label for="s">Source Type</label><select id="s"><option>Select...</option><option>Job Board</option><option>Referral</option></select>`,
      ),
    ).toEqual(['current_company', 'current_title', 'how_did_you_hear']);
  });

  it('"Attach a file" under "please attach your resume and any certifications" is the resume', () => {
    expect(
      types(
        `<h3>Attachments</h3><p>Please attach your resume/CV and any licenses or certifications.</p><label for="f">Attach a file</label><input id="f" type="file">`,
      ),
    ).toEqual(['resume_file']);
  });
});

describe('Japanese, Chinese, Polish and Spanish forms', () => {
  it('reads the name, region, pay asked for and start, and not what is earned now', () => {
    const box = (label: string, name: string) =>
      `<label for="${name}">${label}</label><input id="${name}" name="${name}">`;
    expect(
      types(
        box('氏名', 'a') +
          box('都道府県', 'b') +
          box('希望年収', 'c') +
          box('現在の年収', 'd') +
          box('入社可能時期', 'e') +
          box('姓名', 'f') +
          box('期望月薪', 'g') +
          box('最快到岗时间', 'h') +
          box('Oczekiwania finansowe', 'i'),
      ),
    ).toEqual([
      'full_name',
      'state',
      'salary_expectation',
      'other',
      'start_date',
      'full_name',
      'salary_expectation',
      'start_date',
      'salary_expectation',
    ]);
  });

  it('tells the right to work from the employer applying for a permit', () => {
    const yn = (q: string, n: string) =>
      `<fieldset><legend>${q}</legend><label><input type="radio" name="${n}">Tak</label><label><input type="radio" name="${n}">Nie</label></fieldset>`;
    expect(
      types(
        yn('Czy posiadasz prawo do podjęcia pracy w Polsce?', 'a') +
          yn('Czy potrzebujesz wsparcia pracodawcy w uzyskaniu zezwolenia na pracę?', 'b') +
          yn('日本国内で就労が認められている在留資格をお持ちですか？', 'c') +
          yn('当社による在留資格認定証明書の交付申請（ビザのスポンサー）が必要ですか？', 'd') +
          yn('您是否具有在中国大陆合法就业的身份？', 'e') +
          yn('入职是否需要公司为您申请《外国人工作许可》？', 'f'),
      ),
    ).toEqual([
      'work_authorization',
      'sponsorship_required',
      'work_authorization',
      'sponsorship_required',
      'work_authorization',
      'sponsorship_required',
    ]);
  });

  it('a question that names a site in its help or aside does not take a profile link', () => {
    expect(
      types(
        `<p>Z jakimi systemami ERP pracowałeś? Jeśli opisałeś to na profilu LinkedIn, możesz wkleić link.</p><textarea name="Answers[3].Value"></textarea>` +
          `<p>请简述一个由你主导的前端项目（可附 GitHub 仓库链接）</p><textarea id="c1"></textarea>`,
      ),
    ).toEqual(['other', 'other']);
  });
});

describe('what is not the question', () => {
  it('a "required" badge is not the label, an abbreviation does not end a sentence, and ł reads as l', () => {
    expect(
      types(
        `<div><span>必須</span><p>この求人を何で知りましたか？</p><select name="cf1"><option>選択してください</option><option>LinkedIn</option><option>当社採用サイト</option></select></div>` +
          yesNo(
            'Czy posiadasz prawo do podjęcia pracy w Polsce (np. obywatelstwo UE, karta pobytu z dostępem do rynku pracy)?',
            'pl1',
          ) +
          `<p>Skąd dowiedziałeś/aś się o naszej ofercie?</p><select name="pl2"><option>-- wybierz --</option><option>Pracuj.pl</option><option>LinkedIn</option></select>`,
      ),
    ).toEqual(['how_did_you_hear', 'work_authorization', 'how_did_you_hear']);
  });
});

describe('choices and questions in the middle', () => {
  it('a German list of countries under "where do you live" asks for the country', () => {
    const opts = ['Bitte wählen', 'Deutschland', 'Niederlande', 'Polen', 'Türkei', 'Indien', 'Anderes Land']
      .map((o) => `<option>${o}</option>`)
      .join('');
    expect(types(`<p>In welchem Land leben Sie derzeit?</p><select name="ca_1">${opts}</select>`)).toEqual([
      'country',
    ]);
  });

  it('a question between a scene and a hint is what is asked', () => {
    expect(
      types(
        `<p>Tell me about your work history. Where do you work now, or where did you work most recently? (Type "none" if this is your first job.)</p><input name="answers[a16]" type="text">`,
      ),
    ).toEqual(['current_company']);
  });
});

describe('a box kept from people', () => {
  it('out of the tab order with autofill off is a trap even when only a stylesheet hides it', () => {
    expect(
      types(
        `<div class="sr-hidden-field"><label for="t">Current job title</label><input id="t" name="currentJobTitle" tabindex="-1" autocomplete="off"></div>` +
          `<label for="u">Current job title</label><input id="u" name="title">`,
      ),
    ).toEqual(['other', 'current_title']);
  });
});

describe('forms-dev9 wording', () => {
  it('a request first, help after: a site the help names is not asked for', () => {
    expect(
      types(
        `<label for="c">Please list any certifications you have completed (for example RMA or Moody's). If these already appear on your LinkedIn profile you can simply name them here.</label><textarea id="c"></textarea>`,
      ),
    ).toEqual(['other']);
  });

  it("the site's search box is not the application, and a referee table's rows are not the person's", () => {
    expect(
      types(
        `<label for="q">Search the University website</label><input id="q" name="q" placeholder="Search">` +
          `<fieldset><legend>Referees</legend><table><tr><td><input type="email" name="referees-1-email"></td><td><input name="referees-1-phone"></td></tr></table></fieldset>`,
      ),
    ).toEqual(['other', 'other', 'other']);
  });

  it('upload buttons from cloud drives are widget words: the line that names the file is the question', () => {
    expect(
      types(
        `<div>Resume/CV</div><div>Attach</div><div>Dropbox</div><div>Google Drive</div><div>Enter manually</div><input type="file" name="file">` +
          `<div>Cover Letter</div><div>Attach</div><div>Dropbox</div><div>Google Drive</div><input type="file" name="file">`,
      ),
    ).toEqual(['resume_file', 'cover_letter_file']);
  });
});

describe('forms-dev10 wording', () => {
  it('a question that refuses a link, a transgender question, pay "you want to make" and "current (or most recent) employer"', () => {
    expect(
      types(
        `<p>Please answer here rather than pointing us to your LinkedIn or Indeed profile.</p><textarea name="q1"></textarea>` +
          yesNo('Is your gender identity the same as the sex you were registered at birth?', 'g') +
          `<label for="s">And what would you want to make here?</label><input id="s" name="field_x">` +
          `<label for="e">Who is your current (or most recent) employer?</label><input id="e" name="answers.1">`,
      ),
    ).toEqual(['other', 'other', 'salary_expectation', 'current_company']);
  });

  it('"or click to browse" and "Choose file or drag here" are widget words', () => {
    expect(
      types(`<p>Drop your CV here</p><p>CV</p><p>or click to browse</p><input type="file" name="f1">`),
    ).toEqual(['resume_file']);
  });
});
