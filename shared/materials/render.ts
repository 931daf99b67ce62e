// A document as plain lines, in reading order: what the side panel shows, what export lays out
// (one column, real text) and what autofill types into a cover-letter box.
import { type Profile, personName } from '../domain/index.ts';
import type { MaterialDoc } from './schema.ts';
import type { MaterialJob } from './sources.ts';

export interface Line {
  kind: 'name' | 'contact' | 'heading' | 'subheading' | 'text' | 'bullet';
  text: string;
}

const join = (parts: Array<string | undefined | null>, sep = ', ') => parts.filter(Boolean).join(sep);
const when = (start?: string, end?: string, current?: boolean) =>
  start ? `${start} – ${current || !end ? 'Present' : end}` : '';

export function fullName(profile: Profile): string {
  return personName(profile) || 'Your name';
}

/** A resume's or cover letter's title: the PDF's title, and with the format its file name ("Ada Lovelace - Resume.pdf"). */
export function materialTitle(profile: Profile, kind: 'resume' | 'cover_letter'): string {
  return `${fullName(profile)} - ${kind === 'resume' ? 'Resume' : 'Cover letter'}`;
}

function header(profile: Profile): Line[] {
  const contact = join(
    [
      profile.contact.email,
      profile.contact.phone,
      join([profile.location.city, profile.location.region]),
      profile.links.linkedin,
      profile.links.github,
    ],
    ' · ',
  );
  return [
    { kind: 'name', text: fullName(profile) },
    ...(contact ? [{ kind: 'contact' as const, text: contact }] : []),
  ];
}

export function renderLines(doc: MaterialDoc, profile: Profile, job: MaterialJob): Line[] {
  const out: Line[] = [];
  const push = (kind: Line['kind'], text: string) => text.trim() && out.push({ kind, text: text.trim() });
  switch (doc.kind) {
    case 'resume': {
      out.push(...header(profile));
      if (doc.summary.length) push('heading', 'Summary');
      push('text', doc.summary.map((c) => c.text).join(' '));
      if (doc.skills.length) push('heading', 'Skills');
      push('text', doc.skills.map((s) => s.name).join(', '));
      if (doc.experience.length) push('heading', 'Experience');
      for (const sec of doc.experience) {
        const e = profile.experience.find((x) => `exp:${x.id}` === sec.itemId);
        if (!e) continue;
        push('subheading', join([`${e.title} — ${e.company}`, e.location, when(e.start, e.end, e.current)]));
        for (const b of sec.bullets) push('bullet', b.text);
      }
      if (doc.projects.length) push('heading', 'Projects');
      for (const sec of doc.projects) {
        const p = profile.projects.find((x) => `proj:${x.id}` === sec.itemId);
        if (!p) continue;
        push('subheading', join([p.name, p.url]));
        for (const b of sec.bullets) push('bullet', b.text);
      }
      if (doc.education.length) push('heading', 'Education');
      for (const id of doc.education) {
        const ed = profile.education.find((x) => `edu:${x.id}` === id);
        if (ed)
          push('subheading', join([join([ed.degree, ed.field], ' in '), ed.school, when(ed.start, ed.end)]));
      }
      if (doc.certifications.length) push('heading', 'Certifications');
      for (const id of doc.certifications) {
        const c = profile.certifications.find((x) => `cert:${x.id}` === id);
        if (c) push('bullet', join([c.name, c.issuer, c.date]));
      }
      return out;
    }
    case 'cover_letter':
      out.push(...header(profile));
      push('text', `Dear ${job.company ? `${job.company} ` : ''}Hiring Team,`);
      for (const p of doc.paragraphs) push('text', p.sentences.map((c) => c.text).join(' '));
      push('text', 'Sincerely,');
      push('text', fullName(profile));
      return out;
    case 'answers':
      for (const a of doc.answers) {
        push('subheading', a.question);
        push('text', a.sentences.map((c) => c.text).join(' ') || 'Nothing in your profile answers this yet.');
      }
      return out;
    case 'skills_optimization':
      push('heading', 'Surface these skills');
      for (const s of doc.surface)
        push('bullet', s.requirement ? `${s.skill} — asked: ${s.requirement}` : s.skill);
      push('heading', 'The posting asks for, your profile does not show');
      for (const m of doc.missing) push('bullet', `${m.skill} (${m.required ? 'required' : 'preferred'})`);
      return out;
    case 'company_research':
      push('heading', `About ${job.company || 'the employer'}`);
      for (const c of doc.sentences) push('text', c.text);
      return out;
  }
}

/** The text a cover-letter box receives: paragraphs separated by blank lines, no header. */
export function letterText(lines: Line[]): string {
  return lines
    .filter((l) => l.kind === 'text')
    .map((l) => l.text)
    .join('\n\n');
}
