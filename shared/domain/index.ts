export * from './common.ts';
export * from './documents.ts';
export * from './export-bundle.ts';
export * from './job.ts';
export * from './pipeline.ts';
export * from './profile.ts';
export * from './provenance.ts';
export * from './stages.ts';
