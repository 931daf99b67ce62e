export const SAMPLE_PROFILE = {} as never;
export const SAMPLE_SAVED_ANSWERS = [] as never;
