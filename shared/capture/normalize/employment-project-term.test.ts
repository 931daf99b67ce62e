import { describe, expect, it } from 'vitest';
import { typeTheTextStates } from './employment-overrides.ts';
import { projectTermInProse } from './employment-project-term.ts';

describe('a job that ends with its project', () => {
  it('reads a project hire in several wordings', () => {
    expect(projectTermInProse('Heads up: this is a project hire on the new hospital wing.')).toBe(true);
    expect(projectTermInProse("It's a project-based position for our client's data centre.")).toBe(true);
    expect(projectTermInProse('The role runs until practical completion of the school, about a year.')).toBe(
      true,
    );
    expect(projectTermInProse('Employment ends when the project is handed over.')).toBe(true);
    expect(projectTermInProse('Your employment ends when the project is handed over.')).toBe(true);
    expect(projectTermInProse('You are hired for the duration of the project (est. 10 months).')).toBe(true);
  });

  it('does not read project work by a permanent team', () => {
    expect(projectTermInProse('You will plan project hires and manage subcontractors.')).toBe(false);
    expect(projectTermInProse('We run project-based learning for every new starter.')).toBe(false);
    expect(projectTermInProse('A permanent role delivering projects through completion and handover.')).toBe(
      false,
    );
  });

  it('makes a full-time chip on a project hire temporary', () => {
    const text = 'This is a project hire. It runs through substantial completion, est. 9 months.';
    expect(typeTheTextStates('full_time', text)?.type).toBe('temporary');
  });
});
