/**
 * Large employment hubs as data: a city name printed alone ("Hamburg", "Bengaluru") is a place,
 * with its country. Names that are also common English words or first names (Nice, Reading,
 * Bath, Mobile, Victoria) are left out on purpose, so a chip like "Mobile" stays a team.
 */
const BY_COUNTRY: Record<string, string> = {
  US: 'new york|new york city|nyc|san francisco|los angeles|seattle|austin|boston|chicago|denver|atlanta|miami|dallas|houston|phoenix|portland|san diego|san jose|washington|washington dc|philadelphia|pittsburgh|minneapolis|detroit|nashville|raleigh|salt lake city|las vegas|baltimore|palo alto|mountain view|menlo park|sunnyvale|redwood city|santa clara|cupertino|oakland|brooklyn|cambridge|boulder|charlotte|columbus|indianapolis|kansas city|st. louis|new orleans|sacramento|irvine|san mateo|los gatos|tampa|orlando|cincinnati|cleveland|milwaukee|omaha|richmond',
  GB: 'london|manchester|birmingham|leeds|glasgow|edinburgh|bristol|liverpool|sheffield|newcastle|nottingham|cardiff|belfast|brighton|oxford|leicester|southampton|aberdeen',
  DE: 'berlin|munich|münchen|hamburg|frankfurt|frankfurt am main|cologne|köln|düsseldorf|stuttgart|leipzig|dresden|hanover|hannover|nuremberg|nürnberg|bonn|karlsruhe|mannheim|bremen|essen|dortmund',
  FR: 'paris|lyon|marseille|toulouse|bordeaux|lille|nantes|montpellier|strasbourg|rennes|grenoble',
  NL: 'amsterdam|rotterdam|the hague|den haag|utrecht|eindhoven|groningen',
  BE: 'brussels|bruxelles|antwerp|ghent',
  CH: 'zurich|zürich|geneva|genève|basel|lausanne|bern',
  AT: 'vienna|wien|graz|linz|salzburg',
  ES: 'madrid|barcelona|valencia|seville|sevilla|malaga|málaga|bilbao',
  PT: 'lisbon|lisboa|porto',
  IT: 'milan|milano|rome|roma|turin|torino|bologna|naples',
  IE: 'dublin|cork|galway',
  SE: 'stockholm|gothenburg|göteborg|malmö|malmo',
  NO: 'oslo|bergen',
  DK: 'copenhagen|københavn|aarhus',
  FI: 'helsinki|espoo|tampere',
  PL: 'warsaw|warszawa|kraków|krakow|wrocław|wroclaw|gdańsk|gdansk|poznań|poznan|łódź',
  CZ: 'prague|praha|brno',
  HU: 'budapest',
  RO: 'bucharest|bucurești|cluj-napoca|cluj',
  GR: 'athens',
  EE: 'tallinn',
  LT: 'vilnius',
  LV: 'riga',
  UA: 'kyiv|kiev|lviv',
  TR: 'istanbul|ankara',
  IL: 'tel aviv|tel aviv-yafo|jerusalem|haifa|herzliya',
  AE: 'dubai|abu dhabi',
  IN: 'bengaluru|bangalore|mumbai|new delhi|delhi|gurgaon|gurugram|noida|hyderabad|chennai|pune|kolkata|ahmedabad|jaipur|kochi',
  SG: 'singapore',
  HK: 'hong kong',
  JP: 'tokyo|osaka|kyoto',
  KR: 'seoul',
  CN: 'shanghai|beijing|shenzhen|guangzhou|hangzhou',
  TW: 'taipei',
  PH: 'manila',
  ID: 'jakarta',
  MY: 'kuala lumpur',
  TH: 'bangkok',
  VN: 'ho chi minh city|hanoi',
  AU: 'sydney|melbourne|brisbane|perth|adelaide|canberra',
  NZ: 'auckland|wellington|christchurch',
  CA: 'toronto|vancouver|montreal|montréal|ottawa|calgary|edmonton|waterloo|quebec city|winnipeg',
  MX: 'mexico city|ciudad de méxico|guadalajara|monterrey',
  BR: 'são paulo|sao paulo|rio de janeiro|belo horizonte|florianópolis',
  AR: 'buenos aires',
  CO: 'bogotá|bogota|medellín|medellin',
  CL: 'santiago',
  PE: 'lima',
  ZA: 'cape town|johannesburg',
  NG: 'lagos',
  KE: 'nairobi',
  EG: 'cairo',
};

export const CITY_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(BY_COUNTRY).flatMap(([cc, names]) =>
    names.split('|').map((n) => [n, cc] as [string, string]),
  ),
);

/** Country code of a well-known city written alone ("Hamburg" → DE), else undefined. */
export function countryOfCity(s: string): string | undefined {
  return CITY_COUNTRY.get(s.trim().toLowerCase());
}
