export type { EducationDraft, ExperienceDraft } from './entries.ts';
export { draftToProfile, parseResumeText, type ResumeDraft } from './parse.ts';
