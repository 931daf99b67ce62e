import { describe, expect, it } from 'vitest';
import { parseResumeText } from './parse.ts';
import { headingOf } from './sections.ts';
import { skillItems } from './skill-list.ts';

describe('skills section items', () => {
  it('keeps how well apart from the name: "basic SQL", "Spark basics", "Kotlin (basic)", "German (fluent)"', () => {
    expect(skillItems(['Python, basic SQL, Spark basics, Kotlin (basic), German (fluent)'])).toEqual([
      { name: 'Python' },
      { name: 'SQL', proficiency: 'beginner' },
      { name: 'Spark', proficiency: 'beginner' },
      { name: 'Kotlin', proficiency: 'beginner' },
      { name: 'German', proficiency: 'advanced' },
    ]);
  });

  it('drops levels, years and plain words in brackets, keeps named tools there', () => {
    const names = skillItems([
      'AWS (EKS, RDS), Kafka (batch, legacy), Java (7 yrs), Spanish (A2), content testing (highlighter, A/B)',
    ]).map((s) => s.name);
    expect(names).toEqual(['AWS', 'EKS', 'RDS', 'Kafka', 'Java', 'Spanish', 'content testing', 'A/B']);
  });

  it('keeps names that start or end with a level word, and splits sentences', () => {
    const names = skillItems([
      'Advanced Life Support, learning to rank, Acadience Reading. Basic Kotlin. I do not want to own backend services',
    ]).map((s) => s.name);
    expect(names).toEqual(['Advanced Life Support', 'learning to rank', 'Acadience Reading', 'Kotlin']);
  });
});

describe('resume sections named in other words', () => {
  it('reads internships, training, talks, side projects and "what I\'m looking for"', () => {
    expect(headingOf('INTERNSHIPS')).toBe('experience');
    expect(headingOf('Training and Credentials')).toBe('certifications');
    expect(headingOf('LICENSURE')).toBe('certifications');
    expect(headingOf('Methods and Tools')).toBe('skills');
    expect(headingOf('SOFTWARE AND CODES')).toBe('skills');
    expect(headingOf('SIDE PROJECT')).toBe('projects');
    expect(headingOf('TALKS')).toBe('other');
    expect(headingOf('ACHIEVEMENTS')).toBe('other');
    expect(headingOf("WHAT I'M LOOKING FOR")).toBe('summary');
    expect(headingOf('DESIGNATION AND EDUCATION')).toBe('education');
  });

  it('does not read a line of skills or a name as a heading', () => {
    for (const line of ['Java, Python', 'SNEHA R. IYENGAR', 'Tools: Jira, Figma', 'PAD/EFT'])
      expect(headingOf(line), line).toBeNull();
  });

  it("imports a new graduate's internships as experience, and what they turn down is no skill", () => {
    const draft = parseResumeText(`Sneha Iyengar
sneha@example.com

OBJECTIVE
Computer Science graduate looking for an SDE-1 role. Not looking for testing / QA or support roles.

INTERNSHIPS
Software Engineering Intern - Paisaloop, Bengaluru   Jan 2026 - Jun 2026
- Built a Spring Boot service that generates merchant settlement reports from Kafka events.

ACHIEVEMENTS
- Smart India Hackathon 2024 - national finalist (team lead)

SKILLS
Java, Spring Boot, React, Python (basic)`);
    expect(draft.experience.map((e) => [e.title, e.company])).toEqual([
      ['Software Engineering Intern', 'Paisaloop'],
    ]);
    const skills = draft.skills.map((s) => s.name);
    expect(skills).toContain('Apache Kafka');
    expect(skills.some((s) => /testing|achievements|team lead|basic$/i.test(s))).toBe(false);
    expect(draft.skills.find((s) => s.name === 'Python')?.proficiency).toBe('beginner');
  });
});
