/**
 * Where a posting's work is done: its known places, its arrangement (location label, title, then the
 * description's wording), and for a remote role the countries and states it may be worked from.
 * Read once per posting by parsePosting.
 */
import {
  arrangementOfLabel,
  arrangementOfProse,
  arrangementOfTitle,
} from '../capture/normalize/arrangement.ts';
import { countriesIn, type Place, parsePlaces, placeOfLocation } from './geo.ts';
import {
  namesWideRemoteScope,
  remoteExclusionsOf,
  remoteRegionsOf,
  remoteRegionsOfProse,
} from './remote-scope.ts';
import { DENIED, sentencesOf } from './sentences.ts';
import type { JobInput, ParsedPosting } from './types.ts';

export interface PostingPlace {
  /** The places the posting names that the geo tables know. */
  places: Place[];
  /** The first of them with a country. */
  country: string | undefined;
  locationText: string;
  workType: ParsedPosting['workType'];
  remoteCountries: string[];
  remoteRegions: Place[];
  remoteExcludedRegions: Place[];
}

/** The posting's arrangement from its location, a title segment, or the description's wording. */
function workTypeOf(locationText: string, title: string, text: string): ParsedPosting['workType'] {
  return (
    arrangementOfLabel(locationText)?.workType ??
    arrangementOfTitle(title)?.workType ??
    arrangementOfProse(text)?.workType ??
    null
  );
}

const REMOTE_WHERE = /\b(remote|anywhere|located in|based in|live in|living in|residents?)\b/i;
/**
 * The sentences that say where a remote role may be worked from ("contractors who live in Mexico"). A
 * sentence that turns places down ("we are not able to consider candidates based in the US") names
 * where it may not.
 */
const remoteSentences = (text: string) =>
  sentencesOf(text)
    .filter((s) => REMOTE_WHERE.test(s) && !DENIED.test(s))
    .join(' ');

export function postingPlace(job: JobInput, text: string): PostingPlace {
  const locationText = job.locationText ?? job.locations?.map((l) => l.raw).join(' / ') ?? '';
  const places = (
    job.locations?.length ? job.locations.map(placeOfLocation) : locationText ? parsePlaces(locationText) : []
  ).filter((p) => p.country || p.city);
  const workType = job.workType ?? workTypeOf(locationText, job.title, text);
  const remote = workType === 'remote';
  // The location's places limit where remote work is done, unless it names a wider scope beside them.
  const officeOnly = namesWideRemoteScope(locationText);
  // The states a remote role is limited to: its location names them, or else its body does.
  const named = remote && !officeOnly ? remoteRegionsOf(locationText) : [];
  const remoteRegions = remote && !officeOnly && !named.length ? remoteRegionsOfProse(text) : named;
  // Those states limit it to their country too ("Remote (eligible states)" with the states in its body).
  const remoteCountries = remote
    ? [
        ...new Set([
          // "Remote - Africa (Kenya, Nigeria, Ghana)": every country the location lists, not only its first place's.
          ...(officeOnly
            ? []
            : [
                ...places.map((p) => p.country).filter((c): c is string => !!c),
                ...countriesIn(locationText),
              ]),
          ...countriesIn(remoteSentences(text)),
          ...remoteRegions.map((r) => r.country).filter((c): c is string => !!c),
        ]),
      ]
    : [];
  return {
    places,
    country: places.find((p) => p.country)?.country,
    locationText,
    workType,
    remoteCountries,
    remoteRegions,
    // The states a remote role turns away ("excluding CO"), wherever else it may be worked from.
    remoteExcludedRegions: remote ? remoteExclusionsOf(locationText, text) : [],
  };
}
