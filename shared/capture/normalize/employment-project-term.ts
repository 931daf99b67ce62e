/**
 * A job that lasts as long as one project and then ends, as construction and engineering employers
 * hire for a build: "this is a project hire", "a project-based position through completion", "the
 * role runs through substantial completion", "employment ends when the project is complete", "for
 * the duration of the project". Its term is the project's, so it is temporary even where a chip or
 * JSON-LD gives its hours ("Full-Time"). Not "you will manage project hires", "project-based
 * learning", or a permanent team that works "on a project basis" for clients: the job itself must
 * be the project's hire or end with it.
 */
const PROJECT_TERM = new RegExp(
  [
    // "this is a project hire", "It's a project-based role", "a project-only position"
    String.raw`\b(?:this|it)(?:\s+is|['’]s)\s+an?\s+project(?:[- ](?:based|only|specific))?\s+(?:hire|role|position|job|post|appointment)\b`,
    // "The role runs through substantial completion", "the position lasts until project completion"
    String.raw`\b(?:the|this)\s+(?:role|position|job|post|assignment|appointment|employment)\s+(?:runs|lasts|continues|is)\s+(?:through|until|till|to)\s+(?:the\s+)?(?:substantial\s+|practical\s+)?completion\b`,
    // "it runs through substantial completion on Hillcrest South" (a sentence after naming the hire)
    String.raw`\bruns\s+(?:through|until)\s+(?:substantial|practical)\s+completion\b`,
    // "employment ends when the project is complete", "the role ends once the build finishes"
    String.raw`\b(?:(?:the|this|your)\s+(?:role|position|job|post|employment|contract)|employment)\s+(?:ends|will\s+end|finishes)\s+(?:when|once|at)\s+(?:the\s+)?(?:project|build|job|contract\s+works?)\b`,
    // "hired for the duration of the project", "employed for the length of the build"
    String.raw`\b(?:hired|employed|engaged|position|role)\s+(?:is\s+)?for\s+the\s+(?:duration|length|life)\s+of\s+the\s+(?:project|build|contract)\b`,
  ].join('|'),
  'i',
);

export const projectTermInProse = (text: string): boolean => PROJECT_TERM.test(text.slice(0, 60_000));
