import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../classify/classify-form.ts';

const typesOfPage = (body: string) =>
  classifyForm(parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as never).map(
    (f) => f.classification.type,
  );

describe('uploads away from their words', () => {
  it('each Dropzone.js input at the end of the body takes what its zone is captioned with, in order', () => {
    expect(
      typesOfPage(
        '<form><p>Your résumé</p><div class="dropzone" id="z1"><span>Drop here</span></div>' +
          '<p>Motivation letter</p><div class="dropzone dz-clickable" id="z2"><span>Drop here</span></div></form>' +
          '<input type="file" class="dz-hidden-input" style="visibility:hidden;position:absolute;height:0;width:0">' +
          '<input type="file" class="dz-hidden-input" style="visibility:hidden;position:absolute;height:0;width:0">',
      ),
    ).toEqual(['resume_file', 'cover_letter_file']);
  });

  it('an input named only "file" takes the document its containers name in data attributes', () => {
    expect(
      typesOfPage(
        '<form><input name="first_name" id="fn"><label for="fn">First name</label></form>' +
          '<div class="uploader" data-document-kind="cv"><form data-upload-target="cv" action="https://storage.example/">' +
          '<input type="hidden" name="policy" value="x"><input type="file" name="file"></form></div>' +
          '<form class="direct-upload" data-slot="cover_letter"><input type="hidden" name="key" value="k"><input type="file" name="file"></form>',
      ),
    ).toEqual(['first_name', 'resume_file', 'cover_letter_file']);
  });

  it("a zone saved before the library set it up is found by its prompt, and named by its value box's label", () => {
    expect(
      typesOfPage(
        '<form><div class="field"><label for="cv-value">Your résumé</label>' +
          '<div class="uploader"><div class="dz-message"><span>Click or drop a file here</span></div></div>' +
          '<input type="text" id="cv-value" name="cv_value" style="position:absolute;clip:rect(0,0,0,0);width:1px;height:1px"></div></form>' +
          '<input type="file" class="dz-hidden-input" style="visibility:hidden;position:absolute;height:0;width:0">',
      ),
      // (the value box itself is a text input: it takes no file)
    ).toEqual(['other', 'resume_file']);
  });

  it('uploads all named documents[] take the document their own data-category names', () => {
    const upload = (caption: string, category: string) =>
      `<div><div>${caption}</div><label><span>Upload file</span><span>PDF, max. 20 MB</span>` +
      `<input type="file" name="documents[]" data-category="${category}"></label></div>`;
    expect(
      typesOfPage(
        `<form>${upload('CV *', 'cv')}${upload('Cover letter', 'cover-letter')}${upload('Certificates', 'certificates')}</form>`,
      ),
    ).toEqual(['resume_file', 'cover_letter_file', 'other']);
  });
});
