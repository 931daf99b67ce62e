import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToText, plainTextToHtml, sanitizeElement, sanitizeHtmlString } from './html.ts';

const NASTY = `<p onclick="steal()">Hello <b>world</b></p>
<script>alert(1)</script><style>p{color:red}</style>
<iframe src="https://evil.example"></iframe>
<img src=x onerror="alert(2)">
<a href="javascript:alert(3)">click</a> <a href="https://ok.example/apply" target="_blank">apply</a>
<ul><li>One</li><li>Two</li></ul><form><input name="q"></form>`;

describe('description sanitizing', () => {
  it('keeps structure and drops scripts, styles, iframes, handlers and javascript: URLs (string)', () => {
    const out = sanitizeHtmlString(NASTY);
    expect(out).toContain('<p>Hello <b>world</b></p>');
    expect(out).toContain('<ul><li>One</li><li>Two</li></ul>');
    expect(out).toContain('<a href="https://ok.example/apply" rel="noopener noreferrer">apply</a>');
    for (const bad of [
      'script',
      'alert',
      'style',
      'iframe',
      'onclick',
      'onerror',
      'javascript:',
      '<img',
      '<input',
      'color:red',
    ]) {
      expect(out).not.toContain(bad);
    }
  });

  it('does the same when walking a DOM element', () => {
    const { document } = parseHTML(`<html><body><div id="d">${NASTY}</div></body></html>`);
    const out = sanitizeElement(document.getElementById('d')!);
    expect(out).toContain('<b>world</b>');
    for (const bad of ['script', 'alert', 'iframe', 'onclick', 'javascript:', '<img', '<input'])
      expect(out).not.toContain(bad);
  });

  it('decodes entity-encoded text once and re-escapes it safely', () => {
    const out = sanitizeHtmlString('<p>R&amp;D &lt;script&gt;x&lt;/script&gt;</p>');
    expect(out).toBe('<p>R&amp;D &lt;script&gt;x&lt;/script&gt;</p>');
    expect(htmlToText(out)).toBe('R&D <script>x</script>');
  });

  it('turns blocks into lines and list items into bullets for the plain text', () => {
    expect(htmlToText('<h2>You have</h2><ul><li>Go</li><li>SQL</li></ul><p>Apply now</p>')).toBe(
      'You have\n• Go\n• SQL\nApply now',
    );
  });

  it("keeps a <pre> block's own lines as lines, from a DOM element and from a string", () => {
    const pre = '<pre>HOURS AND CONTRACT\nPermanent, full-time: 5 nights a week</pre><p>Pay\nweekly</p>';
    const { document } = parseHTML(`<html><body><div id="d">${pre}</div></body></html>`);
    for (const out of [sanitizeElement(document.getElementById('d')!), sanitizeHtmlString(pre)])
      expect(htmlToText(out)).toBe('HOURS AND CONTRACT\nPermanent, full-time: 5 nights a week\nPay weekly');
  });

  it('keeps the lines of a description styled to keep them, by its own style or the page’s sheet', () => {
    const { document } = parseHTML(`<html><head><style>
      @media screen { .job-copy, .other { white-space: pre-wrap; } }
      .plain { white-space: normal; }
    </style></head><body>
      <div id="sheet" class="job-copy">SHIFT\nNights, part-time: 3 a week</div>
      <div id="inline" style="color: #333; white-space: pre-line">SHIFT\nDays</div>
      <div id="plain" class="plain">SHIFT\nDays</div></body></html>`);
    expect(htmlToText(sanitizeElement(wrap(document, 'sheet')))).toBe('SHIFT\nNights, part-time: 3 a week');
    expect(htmlToText(sanitizeElement(wrap(document, 'inline')))).toBe('SHIFT\nDays');
    // Without the style a newline in the source is only a space, as the browser shows it.
    expect(htmlToText(sanitizeElement(wrap(document, 'plain')))).toBe('SHIFT Days');
  });

  it('keeps unclosed tags and quotes as escaped text, never as markup', () => {
    // How long this takes is printed by the capture benchmark (a timed test would flake on a busy machine).
    const out = sanitizeHtmlString(`${'<a href="'.repeat(2_000)}${'<div '.repeat(2_000)}`);
    expect(out).not.toMatch(/<a|<div/);
    expect(out.startsWith('&lt;a href="&lt;a href=')).toBe(true);
  });
});

/** A wrapper around the element, so the element itself is walked as part of a description. */
function wrap(document: Document, id: string): Element {
  const outer = document.createElement('section');
  const el = document.getElementById(id)!;
  el.parentElement!.insertBefore(outer, el);
  outer.appendChild(el);
  return outer;
}

describe('plain text shown as written', () => {
  it('keeps each line apart and turns a run of bulleted lines into a list, escaped', () => {
    const html = plainTextToHtml('About us\nWe build <tools>.\n• Python & SQL\n- dbt\nApply today');
    expect(html).toBe(
      '<p>About us</p><p>We build &lt;tools&gt;.</p><ul><li>Python &amp; SQL</li><li>dbt</li></ul><p>Apply today</p>',
    );
    expect(htmlToText(html)).toBe('About us\nWe build <tools>.\n• Python & SQL\n• dbt\nApply today');
  });
});
