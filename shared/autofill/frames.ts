/**
 * Which frames of a tab autofill may write into. A page can embed a form the person never sees (a
 * 0×0 or transparent iframe) or one from a site they did not choose to apply on; profile data goes
 * only into frames a person can see, and into another site's frame only when it is a known ATS embed
 * or the person approved it in the preview. Each frame describes itself and the iframes it holds;
 * this file decides. Pure data in, data out.
 */
import { allBoards, hostIsAny } from '../boards/index.ts';

/** What one frame reports about itself, from its own layout. */
export interface FrameReport {
  frameId: number;
  url: string;
  /** Its viewport: a frame smaller than a form cannot show one. */
  width: number;
  height: number;
  /**
   * A same-origin frame judges its own <iframe> element in the parent: why it is hidden, or null
   * when seen. Undefined when the parent is another origin and cannot be read.
   */
  elementHidden?: string | null;
  /** The iframes this frame's document holds, as its layout shows them. */
  children: { src: string; hidden: string | null }[];
}

export type FrameAccess =
  | { kind: 'allowed'; reason: string }
  | { kind: 'needs-approval'; reason: string; site: string }
  | { kind: 'hidden'; reason: string };

/** Smallest viewport that can show a form field with its label. */
const MIN_FRAME_SIDE = 50;

/** ATSs without a board of their own whose application forms companies embed (anchored hosts). */
const OTHER_FORM_HOSTS = ['icims.com', 'jobvite.com'];

/** Hosts of ATSs whose application forms companies embed: every ATS board's, and the others. */
const formHosts = (): string[] => [
  ...allBoards().flatMap((b) => (b.ats ? b.hosts : [])),
  ...OTHER_FORM_HOSTS,
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A host name of a known ATS (its pages are application forms, and what companies embed). */
export const isKnownFormHostname = (hostname: string): boolean => hostIsAny(hostname, formHosts());

/** A page of a known ATS's own host. */
export function isKnownFormHost(url: string): boolean {
  const u = parse(url);
  return !!u && /^https?:$/.test(u.protocol) && isKnownFormHostname(u.hostname);
}

/** An iframe src that is an ATS application form embed. */
export function isEmbeddedFormUrl(src: string, base?: string): boolean {
  let u: URL;
  try {
    u = new URL(src, base);
  } catch {
    return false;
  }
  // The embeds the in-page Autofill button looks for: an ATS board's application form in an iframe.
  return allBoards().some((b) => !!b.ats?.embedPath?.test(u.pathname) && hostIsAny(u.hostname, b.hosts));
}

const withoutHash = (url: string) => url.split('#')[0]!;
const originOf = (url: string) => parse(url)?.origin ?? 'null';

/**
 * Decides every frame's access. Frame 0 is the tab's page. A child is seen only when its own
 * viewport is large enough and every <iframe> element that could be it is seen in a parent that
 * is itself seen; when none can be found, it is treated as hidden.
 */
export function decideFrameAccess(frames: readonly FrameReport[], topUrl: string): Map<number, FrameAccess> {
  const decided = new Map<number, FrameAccess>();
  const visiting = new Set<number>();
  const decide = (frame: FrameReport): FrameAccess => {
    const known = decided.get(frame.frameId);
    if (known) return known;
    if (visiting.has(frame.frameId)) return { kind: 'hidden', reason: 'frames that contain each other' };
    visiting.add(frame.frameId);
    const access = judge(frame);
    visiting.delete(frame.frameId);
    decided.set(frame.frameId, access);
    return access;
  };
  const holders = (frame: FrameReport) => {
    const exact = frames.flatMap((f) =>
      f.frameId === frame.frameId
        ? []
        : f.children.filter((c) => withoutHash(c.src) === withoutHash(frame.url)).map((c) => ({ f, c })),
    );
    if (exact.length) return exact;
    return frames.flatMap((f) =>
      f.frameId === frame.frameId
        ? []
        : f.children.filter((c) => originOf(c.src) === originOf(frame.url)).map((c) => ({ f, c })),
    );
  };
  const judge = (frame: FrameReport): FrameAccess => {
    if (frame.frameId === 0) return { kind: 'allowed', reason: 'the page in the tab' };
    if (frame.width < MIN_FRAME_SIDE || frame.height < MIN_FRAME_SIDE)
      return { kind: 'hidden', reason: 'an embedded frame too small to see' };
    if (frame.elementHidden) return { kind: 'hidden', reason: `an embedded frame ${frame.elementHidden}` };
    if (frame.elementHidden === undefined) {
      const found = holders(frame);
      if (found.length === 0) return { kind: 'hidden', reason: 'an embedded frame whose place is unknown' };
      const unseen = found.find(({ f, c }) => c.hidden || decide(f).kind === 'hidden');
      if (unseen)
        return { kind: 'hidden', reason: `an embedded frame ${unseen.c.hidden ?? 'in a hidden frame'}` };
    }
    if (originOf(frame.url) === originOf(topUrl)) return { kind: 'allowed', reason: 'part of this site' };
    if (isKnownFormHost(frame.url))
      return { kind: 'allowed', reason: 'an application form embedded from its ATS' };
    const site = parse(frame.url)?.hostname || 'another site';
    return { kind: 'needs-approval', reason: `a form embedded from ${site}`, site };
  };
  for (const frame of frames) decide(frame);
  return decided;
}
