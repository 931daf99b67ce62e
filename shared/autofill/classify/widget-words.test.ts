import { describe, expect, it } from 'vitest';
import { typesInForm } from './testing.ts';
import { GENERIC_LABEL } from './widget-words.ts';

describe('widget words', () => {
  it('a bilingual button reads as widget words when each language does', () => {
    expect(GENERIC_LABEL.test('televerser depuis mon ordinateur / upload from my computer')).toBe(true);
    expect(GENERIC_LABEL.test('parcourir / browse')).toBe(true);
    // one half that asks something keeps the whole a question
    expect(GENERIC_LABEL.test('parcourir / your cover letter')).toBe(false);
  });

  it("an upload box inside a bilingual button takes its caption's document, not the section's other one", () => {
    expect(
      typesInForm(
        '<fieldset><legend>Documents : CV et lettre / Résumé and cover letter</legend>' +
          '<div><span>Curriculum vitae</span><span>Téléverser un fichier / Upload from my computer<input type="file" name="doc1"></span></div>' +
          '</fieldset>',
      ),
    ).toEqual(['resume_file']);
  });
});
