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
