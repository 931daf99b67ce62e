import { describe, expect, it } from 'vitest';
import { homeTeams } from './home-team.ts';
import { prepareJob } from './score.ts';
import { makeJob } from './testing.ts';

describe('the team a posting puts the role in', () => {
  it('reads the team the role joins or sits in, not one it works beside', () => {
    expect(homeTeams('As a Planner in our Supply Chain team you will own the forecast.')).toEqual([
      'Supply Chain ',
    ]);
    expect(homeTeams('We pair you with the Supply Chain team every week.')).toEqual([]);
  });

  it('gives a title that names no field the field of that team', () => {
    const text =
      'We are looking for a Shift Coordinator to join our theatre nursing team, running the list on late shifts.';
    const job = prepareJob(makeJob(text, { title: 'Shift Coordinator' }));
    expect(job.title.families).toEqual(['health/nursing']);
    const named = prepareJob(makeJob(text, { title: 'Payroll Coordinator' }));
    expect(named.title.families).toEqual(['finance']);
  });
});
