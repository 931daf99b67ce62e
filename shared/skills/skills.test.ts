import { describe, expect, it } from 'vitest';
import { creditMap, findSkills, lookupSkill, normalizeSkill, relatedness, skillCount } from './index.ts';
import { taxonomy } from './taxonomy.ts';

const names = (text: string) => findSkills(text).map((h) => h.skill.name);

describe('skills taxonomy data', () => {
  it('holds at least 1,500 skills with no alias claimed by two skills and no dangling related link', () => {
    expect(skillCount()).toBeGreaterThanOrEqual(1500);
    expect(taxonomy().collisions).toEqual([]);
  });
});

describe('normalizeSkill', () => {
  it.each([
    ['JS', 'JavaScript'],
    ['k8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['golang', 'Go'],
    ['go', 'Go'],
    ['nodejs', 'Node.js'],
    ['Node JS', 'Node.js'],
    ['c#', 'C#'],
    ['C++', 'C++'],
    ['dotnet', '.NET'],
    ['scikit learn', 'scikit-learn'],
    ['Microservice', 'Microservices'],
    ['REST APIs', 'REST APIs'],
  ])('%s -> %s', (input, canonical) => {
    expect(normalizeSkill(input)).toBe(canonical);
  });

  it('keeps C, C++ and C# apart', () => {
    const ids = ['C', 'C++', 'C#'].map((n) => lookupSkill(n)?.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('returns unknown names as typed', () => {
    expect(normalizeSkill('  Underwater Basket Weaving ')).toBe('Underwater Basket Weaving');
  });
});

describe('findSkills', () => {
  it('finds aliases and reports the words as written', () => {
    const hits = findSkills('Experience with k8s, Postgres and JS.');
    expect(hits.map((h) => [h.skill.name, h.text])).toEqual([
      ['Kubernetes', 'k8s'],
      ['PostgreSQL', 'Postgres'],
      ['JavaScript', 'JS'],
    ]);
    const [first] = hits;
    expect('Experience with k8s'.slice(first.span[0], first.span[1])).toBe('k8s');
  });

  it('tells Go the language from go the verb', () => {
    expect(names('You will go deep on our services.')).not.toContain('Go');
    expect(names('Go beyond the usual. Let’s go!')).not.toContain('Go');
    expect(names('Our go-to-market team')).not.toContain('Go');
    expect(names('Services written in Go and Rust.')).toContain('Go');
    expect(names('Golang experience')).toContain('Go');
    expect(names('Skills: Go, Python')).toContain('Go');
  });

  it('tells C from C++, C#, C-suite and R from R&D', () => {
    expect(names('Strong C, C++ and C# skills')).toEqual(['C', 'C++', 'C#']);
    expect(names('Present to the C-suite')).not.toContain('C');
    expect(names('Our R&D budget grows')).not.toContain('R');
    expect(names('Statistics in R or Python')).toContain('R');
  });

  it('prefers the longest alias: React Native is not React, ASP.NET Core is not .NET', () => {
    expect(names('Build apps in React Native')).toEqual(['React Native']);
    expect(names('APIs in ASP.NET Core')).toEqual(['ASP.NET']);
  });

  it('counts common words only in a list of skills', () => {
    expect(names('Our chef prepares lunch. Reporting to the CTO.')).toEqual([]);
    expect(names('Config management with Chef, Puppet or Ansible')).toEqual([
      'Chef Infra',
      'Puppet Enterprise',
      'Ansible',
    ]);
  });

  it('finds nothing in benefits, culture and equal-opportunity boilerplate', () => {
    for (const text of [
      'We offer health insurance, dental and vision, a 401(k) match, paid time off, parental leave and a gym stipend.',
      "Reporting to the Head of Operations, you will go above and beyond. Let's go!",
      'Our office is near the train station. Free snacks and coffee; bring your dog.',
      'We are an equal opportunity employer. Accommodations are available during the interview process.',
      // "SAFe" the framework is written with its capitals; a safe workplace is not it.
      'We are a child safe employer and keep a safe, inclusive workplace.',
    ]) {
      expect(names(text), text).toEqual([]);
    }
  });

  it('still finds SAFe written as the framework', () => {
    expect(names('Delivery runs on SAFe with quarterly PI planning.')).toContain('SAFe');
  });

  it('reads partnerships as business development only when they are sold or managed', () => {
    expect(names('Join our Parent Partnerships Team in the north.')).not.toContain('Business Development');
    expect(names('You will grow our strategic partnerships.')).toContain('Business Development');
    expect(names('Partnerships Manager, Retail')).toContain('Business Development');
  });

  it('ignores URLs and e-mail addresses', () => {
    expect(names('Apply at https://example.com/python-go-jobs or jobs@golang.example')).toEqual([]);
  });
});

describe('relatedness', () => {
  it('gives full credit for aliases, partial for related skills, none for unrelated', () => {
    expect(relatedness('postgres', 'PostgreSQL')).toBe(1);
    expect(relatedness('React', 'JavaScript')).toBe(0.5);
    expect(relatedness('JavaScript', 'React')).toBe(0.5);
    expect(relatedness('React', 'Node.js')).toBeGreaterThan(0);
    expect(relatedness('C', 'C#')).toBe(0);
    expect(relatedness('Nursing', 'Kubernetes')).toBe(0);
  });

  it('creditMap keeps the best credit and the skill it comes from', () => {
    const react = lookupSkill('React')!.id;
    const js = lookupSkill('JavaScript')!.id;
    const credits = creditMap([react, js]);
    expect(credits.get(js)).toEqual({ credit: 1, via: js });
    expect(credits.get(lookupSkill('TypeScript')!.id)?.credit).toBe(0.5);
  });
});
