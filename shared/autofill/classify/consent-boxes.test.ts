import { describe, expect, it } from 'vitest';
import { typesInForm as types } from './testing.ts';

// Boxes ticked to agree or to share, after a question they do not answer (Gupy forms-dev72, Symplicity forms-dev69).
const how =
  '<label for="how">Como você ficou sabendo desta vaga?</label><select id="how" name="howFound"><option></option><option>LinkedIn</option></select>';
const tick = (name: string, text: string) =>
  `<label><input type="checkbox" name="${name}" id="${name}"><span>${text}</span></label>`;

describe('consent and permission boxes', () => {
  it('a privacy consent and a talent-pool box after "how did you hear" are neither of them that question', () => {
    const form = `<form><fieldset><h2>Finalizar</h2>${how}${tick(
      'lgpd',
      'Li e concordo com a <a href="/p">Política de Privacidade</a> e autorizo o tratamento dos meus dados pessoais para este processo seletivo.',
    )}${tick('pool', 'Quero que a empresa mantenha meu currículo no banco de talentos por até 12 meses.')}</fieldset></form>`;
    expect(types(form)).toEqual(['how_did_you_hear', 'other', 'other']);
  });

  it('a box that shares a profile "including work authorization" is a permission, not the right to work', () => {
    const form = `<form><fieldset><legend>Release</legend>${tick(
      'share',
      'Share my full career profile (including GPA and work authorization) with this employer',
    )}</fieldset></form>`;
    expect(types(form)).toEqual(['other']);
  });

  it('which disability is a detail; whether the person has one is the status', () => {
    const select = (id: string, caption: string) =>
      `<label for="${id}">${caption}</label><select id="${id}" name="${id}"><option></option><option>Física</option><option>Auditiva</option></select>`;
    expect(
      types(
        `<form>${select('a', 'Tipo de deficiência')}${select('b', 'Type of disability')}${select(
          'c',
          '¿Tienes algún tipo de discapacidad?',
        )}</form>`,
      ),
    ).toEqual(['other', 'other', 'disability_status']);
  });
});
