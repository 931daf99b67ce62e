/**
 * Metropolitan areas as data: the city a metro is named for, then its suburbs and satellite cities
 * (people commute between them daily), so "Scottsdale" is a Phoenix-area job and "Tucson", a metro
 * of its own in the same state, is a move. A place listed in no metro stays unknown: a suburb
 * missing here must never read as a move, so a metro is listed with its neighbours in the same
 * region, and only places named here are ever compared. Regions that are one metro already (Greater
 * London, Greater Manchester) need no line.
 */
const METRO_LINES = `US/AZ phoenix: phoenix, scottsdale, tempe, mesa, glendale, chandler, gilbert, peoria, surprise, goodyear, avondale, buckeye, fountain hills, paradise valley, cave creek, queen creek, sun city, tolleson
US/AZ tucson: tucson, oro valley, marana, sahuarita
US/AZ flagstaff: flagstaff
US/IL chicago: chicago, evanston, oak park, naperville, schaumburg, park ridge, skokie, aurora, joliet, elgin, cicero, arlington heights, des plaines, oak brook, downers grove, wheaton, oak lawn, berwyn, hoffman estates, palatine, lombard, elmhurst, orland park, deerfield, northbrook, glenview, waukegan, lake forest, rosemont, itasca, lisle, bolingbrook
US/IL rockford: rockford
US/OH dayton: dayton, kettering, huber heights, beavercreek, fairborn, vandalia, miamisburg, centerville, xenia, tipp city, troy, springboro, west carrollton, riverside, moraine, trotwood, englewood, oakwood
US/OH columbus: columbus, dublin, westerville, grove city, hilliard, gahanna, reynoldsburg, upper arlington, worthington, delaware, pickerington, obetz, groveport, new albany, marysville, lewis center, grandview heights, bexley, canal winchester
US/OH cincinnati: cincinnati, mason, west chester, fairfield, hamilton, blue ash, norwood, sharonville, lebanon, loveland, milford, evendale
US/OH cleveland: cleveland, lakewood, parma, euclid, strongsville, westlake, mentor, solon, beachwood, independence, elyria, lorain, mayfield heights, brook park, north olmsted
US/OH akron: akron, cuyahoga falls, stow, hudson, barberton, fairlawn
US/OH toledo: toledo, perrysburg, maumee, sylvania, oregon
US/IL springfield il: springfield
US/IL peoria il: peoria
US/IL champaign: champaign, urbana
US/WI milwaukee: milwaukee, waukesha, wauwatosa, west allis
US/WI madison: madison
US/CO denver: denver, aurora, lakewood, englewood, littleton, arvada, westminster, thornton, broomfield, centennial, greenwood village, highlands ranch, golden, parker, castle rock, commerce city, wheat ridge, lone tree
US/CO boulder: boulder, louisville, lafayette, longmont
US/CO colorado springs: colorado springs
US/CO fort collins: fort collins, loveland
US/CO pueblo: pueblo
US/TX austin: austin, round rock, cedar park, georgetown, pflugerville, san marcos, leander
US/TX houston: houston, sugar land, the woodlands, katy, pearland, pasadena, baytown, spring, cypress, conroe
US/TX dallas: dallas, fort worth, plano, irving, arlington, frisco, mckinney, richardson, garland, denton, carrollton, addison, grapevine, lewisville
US/TX san antonio: san antonio, new braunfels
US/WA seattle: seattle, bellevue, redmond, kirkland, kent, tacoma, everett, renton, bothell, issaquah, lynnwood, federal way, auburn
US/WA spokane: spokane
US/MI detroit: detroit, dearborn, warren, livonia, novi, troy, southfield, pontiac, auburn hills, sterling heights, farmington hills, royal oak, ann arbor
US/MI grand rapids: grand rapids
US/GA atlanta: atlanta, alpharetta, marietta, sandy springs, decatur, duluth, roswell, kennesaw
US/MA boston: boston, cambridge, cambridge ma, somerville, brookline, newton, waltham, quincy, burlington, lexington, woburn, needham, framingham, jamaica plain
US/MA worcester: worcester
US/MA springfield ma: springfield
US/NY new york: new york, new york city, nyc, manhattan, brooklyn, bronx, queens, staten island, yonkers, white plains, long island city
US/NY buffalo: buffalo
US/NY rochester: rochester
US/NY albany: albany
US/CA bay area: san francisco, bay area, san jose, oakland, palo alto, mountain view, sunnyvale, menlo park, redwood city, santa clara, cupertino, san mateo, los gatos, fremont, berkeley, south san francisco, milpitas, emeryville, foster city
US/CA los angeles: los angeles, santa monica, irvine, pasadena, burbank, long beach, glendale, culver city, torrance, anaheim, el segundo, costa mesa
US/CA san diego: san diego, carlsbad, la jolla
US/CA sacramento: sacramento
US/NC raleigh: raleigh, durham, chapel hill, cary, morrisville, research triangle park
US/NC charlotte: charlotte
US/MN minneapolis: minneapolis, st. paul, saint paul, bloomington, eden prairie, edina, plymouth
CA/ON toronto: toronto, greater toronto area, gta, north york, scarborough, etobicoke, mississauga, brampton, vaughan, markham, richmond hill, oakville, pickering, ajax, whitby, oshawa, burlington, milton, newmarket, aurora, caledon
CA/ON hamilton: hamilton
CA/ON ottawa: ottawa, kanata, nepean
CA/ON waterloo: waterloo, kitchener, cambridge, guelph
CA/ON london on: london
CA/ON sudbury: sudbury, greater sudbury
CA/ON kingston: kingston
CA/ON windsor: windsor
CA/ON thunder bay: thunder bay
CA/AB calgary: calgary, airdrie, balzac, cochrane, chestermere
CA/AB edmonton: edmonton, st. albert, sherwood park, leduc
CA/BC vancouver: vancouver, burnaby, surrey, richmond, north vancouver, coquitlam, new westminster, delta, langley
CA/BC victoria: victoria
CA/QC montreal: montreal, montréal, laval, longueuil
CA/QC quebec city: quebec city
AU/VIC melbourne: melbourne, melbourne cbd, docklands, southbank, geelong
AU/VIC ballarat: ballarat
AU/VIC bendigo: bendigo
AU/NSW sydney: sydney, parramatta, blacktown, chatswood, north sydney, penrith, liverpool
AU/NSW newcastle: newcastle
AU/NSW wollongong: wollongong
AU/QLD brisbane: brisbane, north lakes, ipswich, logan
AU/QLD gold coast: gold coast
IE dublin: dublin, sandyford, tallaght, swords, blanchardstown, dun laoghaire, naas, maynooth, bray, leixlip, celbridge
IE cork: cork
IE galway: galway
IE limerick: limerick`;

export interface Metro {
  /** The city the metro is named for. */
  name: string;
  country: string;
  region?: string;
  /** Every place in it, the named city first, lower case. */
  places: string[];
}

export const METROS: readonly Metro[] = METRO_LINES.split('\n').map((line) => {
  const [head, names] = line.split(': ');
  const [where, ...name] = head!.split(' ');
  const [country, region] = where!.split('/');
  return {
    name: name.join(' '),
    country: country!,
    ...(region ? { region } : {}),
    places: names!.split(', '),
  };
});

/** The metros each place name is in, built once: scoring asks for every job against every profile. */
const METROS_BY_PLACE = new Map<string, Metro[]>();
for (const m of METROS)
  for (const place of m.places) METROS_BY_PLACE.set(place, [...(METROS_BY_PLACE.get(place) ?? []), m]);

/**
 * The metro a place lies in, or undefined when none lists it. `city` is lower case without its
 * postal district; a region given must agree ("Aurora, CO" is Denver's, "Aurora, ON" Toronto's), and
 * a place written without its region is read only when one metro of the country lists it.
 */
export function metroOf(city: string, country: string, region?: string): Metro | undefined {
  const found = (METROS_BY_PLACE.get(city) ?? []).filter(
    (m) => m.country === country && (!region || !m.region || m.region === region),
  );
  return found.length === 1 ? found[0] : undefined;
}
