import { familiesOf } from './title-families.ts';

/**
 * Support roles beside a licensed profession: a practical nurse or a nursing assistant works beside
 * a registered nurse, a pharmacy technician beside a pharmacist, a teaching assistant beside a
 * teacher. To someone who holds the profession such a post is other work (another licence, other
 * duties, other pay) though its words and its ward or school are the same as theirs.
 */
interface Profession {
  /** What the person is, as the side panel names it. */
  holder: string;
  /** A title of the profession itself (the role family's own reading where there is one). */
  held: (title: string) => boolean;
  /** A title of a support role beside it. */
  support: RegExp;
  /**
   * A title of a profession next door that needs a registration of its own ("Midwife" beside a
   * registered nurse), unless the title names the person's profession too ("Registered Nurse or
   * Midwife", "RN/RM").
   */
  nextDoor?: RegExp;
}

const PROFESSIONS: Profession[] = [
  // Before the nurse: a midwife's titles can name nursing too ("Registered Nurse and Midwife").
  {
    holder: 'midwife',
    held: (t) => /\bmidwi(?:fe|ves|fery)\b/i.test(t),
    support: /\bmaternity support worker\b/i,
  },
  {
    holder: 'registered nurse',
    held: (t) => familiesOf(t).includes('health/nursing'),
    support:
      /\b(?:licensed (?:practical|vocational) nurse|lpn|lvn|(?:certified )?nurs(?:ing|e) (?:assistant|aide|auxiliary)|cna|patient care (?:tech(?:nician)?|assistant|associate)|health ?care assistant|care assistant|nursing associate|medical assistant)\b/i,
    nextDoor: /\bmidwi(?:fe|ves|fery)\b/i,
  },
  {
    holder: 'pharmacist',
    // (not the clinical family: it holds therapists and physicians too)
    held: (t) => /\bpharmacists?\b/i.test(t),
    support: /\bpharmacy (?:tech(?:nician)?|assistant|aide|clerk)\b|\bdispensing assistant\b/i,
  },
  {
    holder: 'teacher',
    held: (t) => familiesOf(t).some((f) => f.startsWith('education')) || /\bsend?co\b/i.test(t),
    support:
      /\b(?:teaching assistant|hlta|teacher'?s? (?:aide|assistant)|paraprofessional|para-?educator|learning support assistant|classroom (?:assistant|aide)|education(?:al)? (?:assistant|support worker)|special (?:education|needs) (?:assistant|aide)|instructional aide)\b/i,
  },
  {
    holder: 'lawyer',
    held: (t) => /\b(?:attorney|lawyer|solicitor|barrister|counsel)\b/i.test(t),
    support: /\b(?:paralegal|legal (?:assistant|secretary))\b/i,
  },
  {
    holder: 'dentist',
    held: (t) => /\b(?:dentist|dental surgeon|dental officer)\b/i.test(t),
    support: /\bdental (?:assistant|nurse)\b/i,
  },
  {
    holder: 'veterinarian',
    held: (t) => /\b(?:veterinarian|veterinary surgeon)\b/i.test(t),
    support: /\bvet(?:erinary)? (?:tech(?:nician)?|nurse|assistant)\b/i,
  },
];

/**
 * The profession the person holds, read from their latest and target titles; null when none names
 * one, or when one of them is itself a support role (they may be looking for that work).
 */
export function professionHeld(titles: readonly string[]): string | null {
  const named = titles.filter(Boolean);
  if (named.some((t) => PROFESSIONS.some((p) => p.support.test(t)))) return null;
  return PROFESSIONS.find((p) => named.some(p.held))?.holder ?? null;
}

/** The support role a posting's title names beside the person's profession ("LPN"), if it names one. */
const professionOf = (holder: string | null) =>
  holder ? PROFESSIONS.find((p) => p.holder === holder) : undefined;

export function supportRoleFor(holder: string | null, jobTitle: string): string | null {
  return professionOf(holder)?.support.exec(jobTitle)?.[0] ?? null;
}

/**
 * The profession next door a posting's title names ("Core Midwife" for a registered nurse): its own
 * registration, which the person does not hold. Null when the title names their profession as well.
 */
export function nextDoorFor(holder: string | null, jobTitle: string): string | null {
  const profession = professionOf(holder);
  if (!profession?.nextDoor || profession.held(jobTitle)) return null;
  return profession.nextDoor.exec(jobTitle)?.[0] ?? null;
}

/**
 * The licensed profession whose support role the person's latest or wanted titles name ("Senior
 * Litigation Paralegal" beside a lawyer), when none of them names the profession itself: a posting for
 * that profession asks for a licence (a bar admission, a registration) they do not show.
 */
export function professionAssisted(titles: readonly string[]): string | null {
  const named = titles.filter(Boolean);
  const profession = PROFESSIONS.find((p) => named.some((t) => p.support.test(t)));
  if (!profession || named.some((t) => profession.held(t) && !profession.support.test(t))) return null;
  return profession.holder;
}

/** Whether a posting's title is the licensed profession itself, not one of its support roles. */
export function isLicensedPost(holder: string | null, jobTitle: string): boolean {
  const profession = professionOf(holder);
  return !!profession && profession.held(jobTitle) && !profession.support.test(jobTitle);
}

/** A registration a line asks for or shows: "registered with the Ontario College of Pharmacists", "licensed", "in good standing". */
const REGISTRATION = /\b(?:registered|registration|licen[cs]ed?|licen[cs]ure|in good standing|college of)\b/i;
/** A posting title in a profession's own field though it names no holder: "Pharmacy Manager", "Dental Practice Lead". */
const FIELD: Record<string, RegExp> = {
  pharmacist: /\bpharmacy\b/i,
  dentist: /\bdental\b/i,
  veterinarian: /\bveterinary\b/i,
  'registered nurse': /\bnursing\b/i,
};

/**
 * The licensed profession a posting is a post of and asks the registration of: its title is in one
 * profession's field ("Pharmacy Manager"; a title naming several, "Hiring Event - Pharmacy, Nursing",
 * is none) and a required line names the holder with a registration ("Part A pharmacist registered with
 * the Ontario College of Pharmacists"). Null when the person's titles, or a line of theirs that shows a
 * registration, name it: to an HR generalist such a post is other work, whatever its manager's title shares.
 */
export function licenceAskedOf(
  titles: readonly string[],
  lines: readonly string[],
  jobTitle: string,
  items: ReadonlyArray<{ kind: string; text: string }>,
): string | null {
  const inField = PROFESSIONS.filter((p) => p.held(jobTitle) || FIELD[p.holder]?.test(jobTitle));
  const profession = inField.length === 1 ? inField[0]! : undefined;
  if (!profession || profession.support.test(jobTitle)) return null;
  // Not a line that takes the support role's registration too ("a pharmacist or registered pharmacy
  // technician"), nor one that ends in another way in ("…; or").
  const asked = items.some(
    (i) =>
      i.kind === 'required' &&
      REGISTRATION.test(i.text) &&
      profession.held(i.text) &&
      !profession.support.test(i.text) &&
      !/\bor\s*$/i.test(i.text),
  );
  if (!asked) return null;
  const shown = titles.some(profession.held) || lines.some((l) => REGISTRATION.test(l) && profession.held(l));
  return shown ? null : profession.holder;
}
