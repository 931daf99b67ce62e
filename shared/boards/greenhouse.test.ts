import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyForm } from '../autofill/classify/classify-form.ts';

describe('Greenhouse classic direct-upload forms', () => {
  it('the id-less file input of each S3 upload form takes the document the form is named for', () => {
    const upload = (what: string) =>
      `<form id="s3_upload_for_${what}" style="display:none"><input type="file" name="file"></form>`;
    const { document } = parseHTML(
      '<!doctype html><html><body>' +
        '<form id="application_form"><label for="f">First Name</label><input id="first_name" name="job_application[first_name]"></form>' +
        `${upload('resume')}${upload('cover_letter')}</body></html>`,
    );
    const types = classifyForm(document as never, { url: 'https://boards.greenhouse.io/acme/jobs/1' }).map(
      (f) => f.classification.type,
    );
    expect(types).toEqual(['first_name', 'resume_file', 'cover_letter_file']);
  });
});
