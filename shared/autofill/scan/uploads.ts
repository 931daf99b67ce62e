import { clean } from './dom.ts';

/**
 * Upload inputs that live away from the words that name them: a library moves them out of the form or
 * a page posts them through a form of their own. Each is traced to what names it.
 */

/**
 * Dropzone's zones, in page order: the classes the library gives them, or (a page saved before the library
 * set up, as WPForms' `.wpforms-uploader`) the element that holds its `.dz-message` prompt.
 */
function outermostZones(doc: Document): Element[] {
  const zones = Array.from(doc.querySelectorAll('.dropzone, .dz-clickable, .dz-message')).map((z) =>
    z.classList.contains('dz-message') ? z.parentElement : z,
  );
  const unique = Array.from(new Set(zones)).filter((z): z is Element => !!z && z.tagName !== 'BODY');
  return unique.filter((z) => !unique.some((other) => other !== z && other.contains(z)));
}

/**
 * The drop zone a Dropzone.js input serves: the library appends one `dz-hidden-input` per zone to the end
 * of <body>, in the order the zones were set up, so the n-th input opens the n-th zone. The zone and the
 * caption before it ("CV") say what the input takes.
 */
export function dropZoneOf(el: Element): Element | null {
  if (el.tagName !== 'INPUT' || !/(^|\s)dz-hidden-input(\s|$)/.test(el.getAttribute('class') ?? ''))
    return null;
  const doc = el.ownerDocument;
  const inputs = Array.from(doc.querySelectorAll('input.dz-hidden-input'));
  const zones = outermostZones(doc);
  if (zones.length !== inputs.length) return null;
  const zone = zones[inputs.indexOf(el)];
  return zone ? (valueBoxOf(zone) ?? zone) : null;
}

/**
 * The box beside a zone that holds its value for the form (WPForms' clipped `.dropzone-input`): the field's
 * caption is that box's <label>, so that box is what names the zone. Only when it is the zone's one such neighbour.
 */
function valueBoxOf(zone: Element): Element | null {
  const boxes = Array.from(zone.parentElement?.querySelectorAll('input') ?? []).filter(
    (i) => !zone.contains(i) && !/^(file|hidden)$/i.test(i.getAttribute('type') ?? ''),
  );
  return boxes.length === 1 ? boxes[0]! : null;
}

/** A name that says nothing of the document: the upload library's default field name, or a list's (`documents[]`). */
const GENERIC_UPLOAD_NAME = /^(files?|uploads?|attachments?|documents?|qqfile)(\[\d*\])?$/i;
/** A data attribute's value that names a thing ("resume", "cover_letter"), not a URL, number or sentence. */
const TOKEN = /^[a-z][a-z0-9]*([_-][a-z0-9]+){0,3}$/i;
const MAX_LEVELS = 4;

/**
 * What an upload takes, as its own or its containers' data attributes name it, when its name is only `file`:
 * Greenhouse posts each document through a direct-to-storage form of its own (`data-presigned-form="resume"`)
 * or wraps the Attach widget in `data-field="cover_letter"`; Personio posts every document as `documents[]`
 * and tells them apart by the input's `data-category="cv"`. The values read as the input's name.
 */
export function uploadPurpose(el: Element): string {
  if ((el.getAttribute('type') ?? '').toLowerCase() !== 'file') return '';
  const name = el.getAttribute('name') ?? '';
  if ((name && !GENERIC_UPLOAD_NAME.test(name)) || el.getAttribute('id')) return '';
  const words: string[] = [];
  let e: Element | null = el;
  for (let level = 0; e && level <= MAX_LEVELS && e.tagName !== 'BODY'; level++, e = e.parentElement) {
    for (const attr of Array.from(e.attributes)) {
      const value = clean(attr.value);
      if (attr.name.startsWith('data-') && TOKEN.test(value)) words.push(value);
    }
    if (e.tagName === 'FORM') break;
  }
  return Array.from(new Set(words)).join(' ');
}
