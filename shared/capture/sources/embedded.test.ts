import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { workTypeFromEmbedded } from './embedded.ts';

const stateOf = (json: string) =>
  workTypeFromEmbedded(
    parseHTML(`<html><body><script>window.STATE = ${json};</script></body></html>`).document,
  );

describe('work arrangement in embedded app state', () => {
  it('reads a label nested inside the arrangement object', () => {
    expect(
      stateOf('{"job":{"workArrangements":{"arrangements":[{"id":"2","label":{"text":"Hybrid"}}]}}}'),
    ).toBe('hybrid');
    expect(stateOf('{"work_arrangement":{"code":7,"name":"Remote"}}')).toBe('remote');
  });

  it('keeps the first value of a list and ignores an empty key', () => {
    expect(stateOf('{"workplaceTypes":["On-site","Remote"]}')).toBe('onsite');
    expect(stateOf('{"workplaceType":null,"teamName":"Remote Tools"}')).toBeNull();
  });

  it('reads a remote level from a bare remote key, and nothing else from that key', () => {
    expect(stateOf('{"job":{"name":"Barista","remote":"partial","offices":[{"city":"Nantes"}]}}')).toBe(
      'hybrid',
    );
    expect(stateOf('{"job":{"remote":"fulltime"}}')).toBe('remote');
    expect(stateOf('{"job":{"remote":"no"}}')).toBe('onsite');
    expect(stateOf('{"filters":{"remote":"any","sort":"date"}}')).toBeNull();
  });

  it("reads the remote and hybrid flags of the posting's location object, and no bare remote flag", () => {
    expect(stateOf('{"id":"7","location":{"city":"Austin","region":"TX","remote":false}}')).toBe('onsite');
    expect(stateOf('{"location":{"city":"Austin","remote":true}}')).toBe('remote');
    expect(stateOf('{"location":{"city":"Austin","remote":false,"hybrid":true}}')).toBe('hybrid');
    expect(stateOf('{"location":{"city":"Austin"},"remote":false}')).toBeNull();
    expect(stateOf('{"config":{"remote":false,"debug":true}}')).toBeNull();
  });
});
