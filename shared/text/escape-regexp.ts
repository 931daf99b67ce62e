/** A literal string made safe to place inside a regular expression (every pattern character escaped). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
