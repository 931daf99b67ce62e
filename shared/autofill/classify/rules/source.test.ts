import { describe, expect, it } from 'vitest';
import { typesInForm as types } from '../testing.ts';

describe('how the person heard of the job', () => {
  it("a colleague's name or staff number under the source question is who referred, not the channel", () => {
    expect(
      types(
        '<fieldset><legend>How did you hear about this job?</legend>' +
          '<label for="r">Colleague\'s name or staff number</label><input id="r" name="r1"></fieldset>',
      ),
    ).toEqual(['other']);
  });
});

describe('a source box whose placeholder lists channels', () => {
  it('stays the source question: a bare list of sites is not a request for a profile link', () => {
    expect(
      types(
        '<label for="src">Where did you hear about this role?</label><input id="src" placeholder="Indeed, LinkedIn, Glassdoor, a friend…">',
      ),
    ).toEqual(['how_did_you_hear']);
  });
});

describe('"how did you come to know of the offer", in Portuguese, Spanish and French', () => {
  it('"teve conhecimento", "tuviste conocimiento" and "eu connaissance" ask for the channel', () => {
    expect(
      types(
        '<label for="a">Onde teve conhecimento desta vaga?</label><input id="a">' +
          '<label for="b">¿Cómo tuviste conocimiento del puesto?</label><input id="b">' +
          '<label for="c">Comment avez-vous eu connaissance de ce poste ?</label><input id="c">',
      ),
    ).toEqual(['how_did_you_hear', 'how_did_you_hear', 'how_did_you_hear']);
  });
});

describe('the source asked in Dutch', () => {
  it('"Hoe bent u op onze site terechtgekomen?" is how the person heard; how they got the idea is not', () => {
    expect(
      types(
        '<label for="a">Hoe bent u op onze site terechtgekomen?</label><input id="a" name="a">' +
          '<label for="b">Hoe ben je op het idee gekomen om installateur te worden?</label><input id="b" name="b">',
      ),
    ).toEqual(['how_did_you_hear', 'other']);
  });
});

describe('the source asked indirectly', () => {
  it('"Let us know how you found out about this vacancy" is how the person heard; how they learned a skill is not', () => {
    expect(
      types(
        '<label for="a">Kindly let us know how you found out about this vacancy.</label><textarea id="a" name="a"></textarea>' +
          '<label for="b">Explain how you learned about load testing.</label><textarea id="b" name="b"></textarea>',
      ),
    ).toEqual(['how_did_you_hear', 'other']);
  });
});
