/**
 * One geography for capture, match and autofill: countries, regions, cities. Each reader keeps
 * its own small lookup (how it folds case and punctuation differs), built from this data.
 */
export { CITY_LIST, type City } from './cities.ts';
export {
  AREAS,
  CODE_ALIASES,
  COUNTRIES,
  type Country,
  citizensWorkArea,
  countryNames,
  EEA_MEMBERS,
  EU_MEMBERS,
  EUROPE_WORK_AREA,
  freeToWorkIn,
  isAreaCode,
  type Lang,
  PEOPLE_WORDS,
  peopleIn,
  peopleNames,
  SCHENGEN_MEMBERS,
  unionMembersIn,
} from './countries.ts';
export { EMPLOYER_FILING } from './employer-filings.ts';
export { METROS, type Metro, metroOf } from './metros.ts';
export { countryOptions, optionByCode, type PlaceOption, regionOptions, searchPlaces } from './pick.ts';
export { AU_STATES, CA_PROVINCES, GB_REGIONS, namesByCode, type Region, US_STATES } from './regions.ts';
