import { describe, expect, it } from 'vitest';
import { type Interaction, interactionLog, linkJob, type Person, unlinkJob } from './people.ts';

const at = '2026-12-04T10:00:00.000Z';
const later = '2026-12-04T11:00:00.000Z';
const J1 = '01900000-0000-7000-8000-0000000000a1';
const J2 = '01900000-0000-7000-8000-0000000000a2';
const person: Person = {
  id: '01900000-0000-7000-8000-0000000000c1',
  name: 'Rita Recruiter',
  role: 'recruiter',
  jobIds: [J1],
  createdAt: at,
  updatedAt: at,
};

const note = (id: string, on: string, jobId: string | null): Interaction => ({
  id,
  personId: person.id,
  jobId,
  on,
  channel: 'call',
  summary: `call ${id}`,
  createdAt: at,
  updatedAt: at,
});

describe('one person across several jobs', () => {
  it('links a second job once, as an edit of the person', () => {
    const linked = linkJob(person, J2, later);
    expect(linked.jobIds).toEqual([J1, J2]);
    expect(linked.updatedAt).toBe(later);
    expect(linkJob(linked, J2, '2027-01-01T00:00:00.000Z')).toBe(linked);
  });

  it('unlinks one job and keeps the person for the other; the last unlink removes the person', () => {
    const both = linkJob(person, J2, later);
    expect(unlinkJob(both, J1, later)?.jobIds).toEqual([J2]);
    expect(unlinkJob(person, J1, later)).toBeNull();
  });

  it("lists a person's interactions newest first, for one job with those about no job", () => {
    const log = [note('1', '2026-11-01', J1), note('2', '2026-11-20', J2), note('3', '2026-11-10', null)];
    expect(interactionLog(log, person.id).map((i) => i.id)).toEqual(['2', '3', '1']);
    expect(interactionLog(log, person.id, J1).map((i) => i.id)).toEqual(['3', '1']);
    expect(interactionLog(log, 'someone-else')).toEqual([]);
  });
});
