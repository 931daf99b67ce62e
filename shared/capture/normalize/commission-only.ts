/**
 * A posting that pays on commission alone ("a commission-only position: there is no base salary",
 * "straight commission", "100% commission-based") offers no salary: the earnings it quotes (a
 * median agent's, a top producer's) are examples, not the pay, so no figure is read from its prose.
 */
const COMMISSION_ONLY =
  /\b(?:commission[- ]only|straight[- ]commission|(?:100\s?%|purely|entirely|solely)\s+commission(?:[- ]based)?|no (?:base )?(?:salary|wage|hourly pay)\b[^.\n]{0,40}\bcommission)/i;

export const paysCommissionOnly = (posting: string): boolean =>
  COMMISSION_ONLY.test(posting.slice(0, 30_000));

/**
 * A marketplace's fixed-price project ("This is a fixed-price freelance job", "Fixed-price project"): its
 * figure is a budget for the whole job, paid once on delivery, not pay for a period. (Not "fixed-price
 * contracts" a project manager runs: one job or project, named as this posting.)
 */
const FIXED_PRICE_PROJECT = /\bfixed[- ]price\s+(?:freelance\s+)?(?:job|project|gig|contract)\b(?!s)/i;

export const paysPerProject = (posting: string): boolean =>
  FIXED_PRICE_PROJECT.test(posting.slice(0, 30_000));
