import { describe, expect, it } from 'vitest';
import { typesInForm as types, yesNo } from './testing.ts';

// Polish application forms: the words live in the rules beside the other languages' (tagged (pl)).
describe('forms in Polish', () => {
  it('the right to work legally vs the employer applying for a permit or helping with a residence card', () => {
    expect(
      types(
        yesNo('Czy posiadasz prawo do legalnej pracy na terenie Polski?', 'a', 'Tak', 'Nie') +
          yesNo(
            'Czy potrzebujesz, żebyśmy wystąpili o zezwolenie na pracę w Twoim imieniu?',
            'b',
            'Tak',
            'Nie',
          ) +
          yesNo('Czy mamy pomóc Ci uzyskać kartę pobytu?', 'c', 'Tak', 'Nie'),
      ),
    ).toEqual(['work_authorization', 'sponsorship_required', 'sponsorship_required']);
  });

  it('commercial experience and where the person heard of the offer, asked by dropdowns', () => {
    const dropdown = (label: string, id: string) =>
      `<label id="${id}-l">${label}</label><span role="combobox" id="${id}" aria-labelledby="${id}-l" aria-haspopup="listbox"></span>`;
    expect(
      types(
        dropdown('Zawodowe doświadczenie w testowaniu', 'x') +
          dropdown('Skąd wiesz o naszej rekrutacji?', 'y'),
      ),
    ).toEqual(['years_experience', 'how_did_you_hear']);
  });
});
