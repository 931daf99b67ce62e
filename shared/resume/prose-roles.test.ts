import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';
import { readProseRoles } from './prose-roles.ts';

const STORY = `Tomasz Brenner
Leeds · tomasz@example.com

I keep warehouses running. Six years in logistics, the last two leading a night shift.

My path so far

Before logistics. Three years in retail, where I found I liked the stockroom more than the till.

Warehouse Associate, Northgate Parcels, Leeds, from March 2019 to January 2022. Picked and packed
for a 40,000 sq ft parcel hub; trained on reach trucks.

Night Shift Supervisor, Kestrel Freight (3PL), Wakefield, from February 2022 to present. I lead a crew
of 18 on the night shift and own the dock schedule.

Skills
Reach truck, WMS (Manhattan), shift planning`;

describe('roles written as paragraphs opening on the role', () => {
  it('are read as entries: the role, its dates, the rest of the paragraph', () => {
    const draft = parseResumeText(STORY);
    expect(draft.experience.map((e) => [e.title, e.company, e.start, e.end, e.current])).toEqual([
      ['Warehouse Associate', 'Northgate Parcels', '2019-03', '2022-01', false],
      ['Night Shift Supervisor', 'Kestrel Freight (3PL)', '2022-02', undefined, true],
    ]);
    expect(draft.experience[1]?.bullets[0]).toMatch(/^I lead a crew of 18/);
  });

  it('leaves a paragraph that does not open on a title, and a resume with its own experience heading', () => {
    expect(readProseRoles('Before logistics, from 2015 to 2018. Retail.')).toBe(
      'Before logistics, from 2015 to 2018. Retail.',
    );
    const written = 'EXPERIENCE\nSupervisor, Kestrel Freight, from February 2022 to present. I lead a crew.';
    expect(readProseRoles(written)).toBe(written);
  });
});
