/**
 * Whether a reader should pass over an element the page hides. Hidden markup is usually not the
 * posting (screen-reader suffixes, honeypots, templates), but some is the posting waiting for a
 * click: an inactive tab panel ("Your profile", "What we offer" behind role="tab" buttons) and
 * `hidden="until-found"` sections, which find-in-page opens. Those are read.
 * `ariaToo`: also pass over aria-hidden="true" (decorative icons in description HTML).
 */
export function hiddenFromReader(e: Element, ariaToo = false): boolean {
  if (e.attributes.length === 0) return false;
  const hidden = e.hasAttribute('hidden') || (ariaToo && e.getAttribute('aria-hidden') === 'true');
  if (!hidden) return false;
  return e.getAttribute('role') !== 'tabpanel' && e.getAttribute('hidden') !== 'until-found';
}
