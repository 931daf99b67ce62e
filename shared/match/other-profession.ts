/**
 * Why a posting is another licensed profession's work, not the person's (support-role.ts reads the
 * professions): a support role beside theirs, the profession beside their support role, a profession
 * next door, or a post whose required line asks a registration they do not show. At most one reason.
 */

import type { PreparedProfile } from './prepared-profile.ts';
import { isLicensedPost, licenceAskedOf, nextDoorFor, supportRoleFor } from './support-role.ts';
import type { PreparedJob } from './types.ts';

export function otherProfession(p: PreparedProfile, job: PreparedJob): string | null {
  const title = job.parsed.title;
  const support = supportRoleFor(p.profession, title);
  if (support) return `"${support}" is a support role beside a ${p.profession}'s work, not that work`;
  if (isLicensedPost(p.assists, title))
    return `A ${p.assists}'s post: it asks for the ${p.assists}'s own licence, which your titles do not show`;
  const nextDoor = nextDoorFor(p.profession, title);
  if (nextDoor)
    return `A ${nextDoor.toLowerCase()} post needs a registration of its own, which a ${p.profession} does not hold`;
  const licence = licenceAskedOf(
    p.titles.map((t) => t.text),
    p.lines.map((l) => l.text),
    title,
    job.parsed.items,
  );
  return licence ? `The posting asks for a registered ${licence}, which your titles do not show` : null;
}
