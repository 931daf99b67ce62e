import { describe, expect, it } from 'vitest';
import { classifyInForm, typesInForm } from '../classify/testing.ts';

describe('the name of a table of questions', () => {
  it('an instruction sentence before the table names no list: each row is asked by its own cell', () => {
    const row = (question: string, control: string) => `<tr><td>${question}</td><td>${control}</td></tr>`;
    expect(
      typesInForm(
        '<p>Fill in each row. The hiring team reads these with your application.</p>' +
          '<table><tr><th>Question</th><th>Answer</th></tr>' +
          row(
            '4. Years of experience maintaining industrial refrigeration plant on a large site',
            '<select name="pq_4"><option>Pick one</option><option>0 - 2</option><option>3 - 5</option></select>',
          ) +
          '</table>',
      ),
    ).toEqual(['years_experience']);
  });
});

describe('a label whose for names no element', () => {
  it('captions the control of its item (Ant Design Upload), rather than ending the text before it', () => {
    expect(
      typesInForm(
        '<div class="item"><div><label for="form_cv" title="CV">CV</label></div>' +
          '<div><span role="button"><input type="file" style="display:none"><button type="button">Click to upload</button></span></div></div>',
      ),
    ).toEqual(['resume_file']);
  });
});

describe('a caption said in two languages', () => {
  it('the second language in markup of its own ("CV <span>/ Résumé</span>") is read with the first, as one caption', () => {
    const [field] = classifyInForm(
      '<div><span>Curriculum vitae <span class="en">/ Résumé</span></span><p>PDF</p><input type="file" name="doc"></div>',
    );
    expect(field?.field.signals.nearby.split(' | ')).toContain('Curriculum vitae / Résumé');
  });
});
