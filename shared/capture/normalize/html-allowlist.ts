import { decodeEntities } from '../entities.ts';

/** The sanitizer's allowlist: which tags survive, which go with their content, and which links are safe. */

export const ALLOWED = new Set([
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'hr',
  'sub',
  'sup',
  'small',
]);
/** Dropped together with everything inside them. */
export const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'frame',
  'frameset',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'link',
  'meta',
]);
export const VOID = new Set(['br', 'hr']);
export const BLOCK = new Set([
  'p',
  'div',
  'li',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'dd',
  'dt',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'hr',
  'section',
  'article',
]);

export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  const h = decodeEntities(href).replace(/[\p{Cc}\s]/gu, '');
  return /^(?:https?:|mailto:|\/|#)/i.test(h) ? h : null;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');
