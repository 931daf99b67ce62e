/**
 * The team a posting puts the role in: "As a Machine Learning Engineer in our ML Platform team",
 * "a post-sales role in our Professional Services organisation", "you will join the Data Engineering
 * group". That is the work itself, however seldom the posting names it again; a team the role only
 * works beside ("we pair you with two Account Executives") is not.
 */
const HOME_TEAM =
  /\b(?:as +an? +[\w -]{2,60}?|(?:role|position)(?: +sits)?|join(?:s|ing)?) +(?:(?:in|on|within|into) +)?(?:our|the) +((?:[\w&/-]+ +){1,4}?)(?:team|organi[sz]ation|department|group|function|practice)\b/gi;

export function homeTeams(text: string): string[] {
  return [...text.matchAll(HOME_TEAM)].map((m) => m[1]);
}
