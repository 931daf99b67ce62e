/** The canonical form of a posting URL, used to find a saved job from the page the user is on. */
export function canonicalUrl(url: string): string {
  return url;
}
