/**
 * The places a job is done, named once for every arrangement rule that names them (the role's own
 * sentences, its week, where its work is done). A leaf: the rule files import it, it imports none.
 */

/** The floor of a workplace, where a shop, sales, factory or casino job is done. */
export const WORK_FLOOR = '(?:shop|sales|store|retail|factory|warehouse|production|casino|restaurant) floor';
/**
 * Workplaces that are not offices ("from the clinic", "an in-hospital job"), and those of hospitality
 * and farm work ("a property-based role" at a hotel, "in our kitchen every shift", "on the farm").
 */
export const SITE_WORKPLACE =
  '(?:clinic|store|shop|branch|hospital|lab|plant|warehouse|restaurant|school|workshop|depot|factory|yard|hotel|property|kitchen|farm)';
