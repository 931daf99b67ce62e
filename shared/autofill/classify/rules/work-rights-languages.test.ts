import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from '../testing.ts';

// The right to work and sponsorship as Spanish, French, German and Austrian forms ask them; the English wordings
// are in work-rights.test.ts.

describe('the right to work and help with a permit, as Spanish and French forms ask them', () => {
  it('a document that lets you work is the right to work; help with the visa paperwork is sponsorship', () => {
    expect(
      types(
        yesNo('¿Tienes un permiso vigente que te permita trabajar en Colombia?', 'co', 'Sí', 'No') +
          yesNo(
            '¿Necesitas que la empresa te ayude con el trámite de tu visa de trabajo?',
            'tv',
            'Sí',
            'No',
          ) +
          yesNo(
            "Souhaitez-vous que l'entreprise vous accompagne dans la demande de votre titre de séjour ?",
            'ts',
            'Oui',
            'Non',
          ),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'sponsorship_required']);
  });
});

describe('the plain Spanish wordings of the two visa questions', () => {
  it('"autorizado / permiso para trabajar" is the right to work; needing a visa is sponsorship', () => {
    expect(
      types(
        yesNo('¿Estás autorizada para trabajar en Perú?', 'pe', 'Sí', 'No') +
          yesNo('¿Tienes permiso para trabajar en Uruguay?', 'uy', 'Sí', 'No') +
          yesNo('¿Requerirías un visado para ocupar esta vacante?', 'vz', 'Sí', 'No'),
      ),
    ).toEqual(['work_authorization', 'work_authorization', 'sponsorship_required']);
  });
});

describe('work permits as Austrian and Spanish forms name them', () => {
  it('(de-AT) an "Arbeitsbewilligung" is the right to work', () => {
    expect(
      types(yesNo('Besitzen Sie eine gültige Arbeitsbewilligung für die Schweiz?', 'p', 'Ja', 'Nein')),
    ).toEqual(['work_authorization']);
  });

  it('(de) needing a Blaue Karte or a Rot-Weiß-Rot – Karte is sponsorship, as is needing an EU Blue Card', () => {
    expect(
      types(
        '<label><input type="checkbox" name="k1"> Für diese Position brauche ich eine Blaue Karte EU.</label>' +
          '<label><input type="checkbox" name="k2"> Ich benötige eine Rot-Weiß-Rot – Karte, die beantragt werden müsste.</label>' +
          yesNo('Would you need an EU Blue Card to take this job?', 'k3'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'sponsorship_required']);
  });

  it('(es) the employer processing a permit "por ti" is sponsorship', () => {
    expect(
      types(
        yesNo('¿Haría falta que la empresa tramitase por ti una autorización de trabajo?', 'z', 'Sí', 'No'),
      ),
    ).toEqual(['sponsorship_required']);
  });
});

describe('the employer applying for the permit, as German and French ATS forms ask it (forms-dev86)', () => {
  it('"Müssten wir … eine Blaue Karte EU für dich beantragen?" and "Faudrait-il que … une demande … de titre de séjour" are sponsorship', () => {
    expect(
      types(
        yesNo(
          'Müssten wir für deine Beschäftigung ein Visum bzw. eine Blaue Karte EU für dich beantragen?',
          'de',
          'Ja',
          'Nein',
        ) +
          yesNo(
            "Faudrait-il que Maison Corvelle effectue pour vous une demande d'autorisation de travail ou de titre de séjour (par ex. carte de séjour « talent – salarié qualifié ») ?",
            'fr',
            'Oui',
            'Non',
          ) +
          yesNo('Êtes-vous autorisé(e) à travailler en France ?', 'au', 'Oui', 'Non'),
      ),
    ).toEqual(['sponsorship_required', 'sponsorship_required', 'work_authorization']);
  });
});
