/**
 * Just enough geography to compare a posting's place with a person's: country names and codes,
 * US states, Canadian provinces and large job-market cities. Unknown places stay unknown
 * (and are scored as neutral), never guessed.
 */
const COUNTRIES = `US:united states,united states of america,usa,us,u.s,u.s.a,america
CA:canada
GB:united kingdom,uk,u.k,great britain,britain,england,scotland,wales,northern ireland
IE:ireland
DE:germany,deutschland
FR:france
NL:netherlands,the netherlands,holland
ES:spain
PT:portugal
IT:italy
CH:switzerland
AT:austria
BE:belgium
SE:sweden
NO:norway
DK:denmark
FI:finland
PL:poland
CZ:czech republic,czechia
RO:romania
GR:greece
IL:israel
AE:united arab emirates,uae
IN:india
SG:singapore
JP:japan
KR:south korea,korea
CN:china
HK:hong kong
AU:australia
NZ:new zealand
BR:brazil
MX:mexico
AR:argentina
CO:colombia
CL:chile
ZA:south africa
NG:nigeria
KE:kenya
EG:egypt
PH:philippines
ID:indonesia
MY:malaysia
VN:vietnam
TH:thailand
UA:ukraine
TR:turkey
EE:estonia
LT:lithuania
LV:latvia
HU:hungary
EU:europe,eu,emea`;

const US_STATES = `AL:alabama,AK:alaska,AZ:arizona,AR:arkansas,CA:california,CO:colorado,CT:connecticut,DE:delaware,FL:florida,GA:georgia,HI:hawaii,ID:idaho,IL:illinois,IN:indiana,IA:iowa,KS:kansas,KY:kentucky,LA:louisiana,ME:maine,MD:maryland,MA:massachusetts,MI:michigan,MN:minnesota,MS:mississippi,MO:missouri,MT:montana,NE:nebraska,NV:nevada,NH:new hampshire,NJ:new jersey,NM:new mexico,NY:new york state,NC:north carolina,ND:north dakota,OH:ohio,OK:oklahoma,OR:oregon,PA:pennsylvania,RI:rhode island,SC:south carolina,SD:south dakota,TN:tennessee,TX:texas,UT:utah,VT:vermont,VA:virginia,WA:washington state,WV:west virginia,WI:wisconsin,WY:wyoming,DC:district of columbia`;
const AU_STATES = `NSW:new south wales,VIC:victoria,QLD:queensland,WA:western australia,SA:south australia,TAS:tasmania,ACT:australian capital territory,NT:northern territory`;
const CA_PROVINCES = `ON:ontario,QC:quebec,BC:british columbia,AB:alberta,MB:manitoba,SK:saskatchewan,NS:nova scotia,NB:new brunswick,NL:newfoundland and labrador,PE:prince edward island`;

// city -> country[/region]; the region lets "Austin" and "Austin, TX" compare equal.
const CITIES = `US/NY:new york,new york city,nyc,manhattan,brooklyn
US/CA:san francisco,sf,bay area,san jose,los angeles,la,san diego,oakland,palo alto,mountain view,sunnyvale,menlo park,santa monica,irvine,sacramento
US/TX:austin,houston,dallas,san antonio,fort worth,plano
US/IL:chicago,evanston,naperville
US/WA:seattle,bellevue,redmond
US/MA:boston,cambridge ma
US/CO:denver,boulder
US/GA:atlanta
US/FL:miami,tampa,orlando,jacksonville
US/NC:charlotte,raleigh,durham
US/PA:philadelphia,pittsburgh
US/DC:washington dc,washington d.c
US/AZ:phoenix,scottsdale,tempe
US/OR:portland
US/MN:minneapolis
US/MI:detroit,ann arbor
US/TN:nashville
US/UT:salt lake city
US/OH:columbus,cleveland,cincinnati
US/MO:st. louis,kansas city
CA/ON:toronto,ottawa,waterloo,mississauga,hamilton
CA/BC:vancouver,victoria
CA/QC:montreal,montréal,quebec city
CA/AB:calgary,edmonton
GB:london,manchester,birmingham,edinburgh,glasgow,bristol,leeds,cambridge uk,oxford,belfast,cardiff,liverpool,newcastle
IE:dublin,cork
DE:berlin,munich,münchen,hamburg,frankfurt,cologne
FR:paris,lyon
NL:amsterdam,rotterdam,utrecht,the hague
ES:madrid,barcelona
PT:lisbon,porto
IT:milan,rome
CH:zurich,zürich,geneva
SE:stockholm
DK:copenhagen
NO:oslo
FI:helsinki
PL:warsaw,krakow,kraków
AT:vienna
BE:brussels
IN:bangalore,bengaluru,hyderabad,mumbai,pune,delhi,new delhi,chennai,gurgaon,noida
SG:singapore
JP:tokyo
AU:sydney,melbourne,brisbane,perth
NZ:auckland,wellington
AE:dubai,abu dhabi
IL:tel aviv
BR:são paulo,sao paulo
MX:mexico city,guadalajara`;

export interface Place {
  country?: string;
  region?: string;
  city?: string;
}

const countryByName = new Map<string, string>();
const usState = new Map<string, string>();
const caProvince = new Map<string, string>();
const auState = new Map<string, string>();
const cityPlace = new Map<string, Place>();

for (const line of COUNTRIES.split('\n')) {
  const [code, names] = line.split(':');
  for (const n of names.split(',')) countryByName.set(n, code);
}
for (const [table, target] of [
  [US_STATES, usState],
  [CA_PROVINCES, caProvince],
  [AU_STATES, auState],
] as const) {
  for (const pair of table.split(',')) {
    const [code, name] = pair.split(':');
    target.set(code.toLowerCase(), code);
    target.set(name, code);
  }
}
for (const line of CITIES.split('\n')) {
  const [where, names] = line.split(':');
  const [country, region] = where.split('/');
  for (const n of names.split(',')) cityPlace.set(n, { country, region, city: n });
}

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b\d{4,6}(-\d{4})?\b/g, '')
    .replace(/[^a-z\u00c0-\u024f. ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');

/**
 * Read a place from text like "Austin, TX", "London, United Kingdom (Hybrid)", "Remote - United
 * States", "Toronto, ON, Canada". Two-letter state codes count only after a comma ("Chicago, IL").
 */
export function parsePlace(input: string): Place {
  const place: Place = {};
  // Workday-style "US-VA-Arlington" and "Melbourne VIC" read as "Arlington, VA, US" / "Melbourne, VIC".
  const raw = input
    .replace(/\b([A-Z]{2})-([A-Z]{2,3})-([A-Za-z][A-Za-z .]+)/g, '$3, $2, $1')
    .replace(/\b([A-Za-z][a-z]+(?: [A-Z][a-z]+)?) (NSW|VIC|QLD|TAS|ACT|[A-Z]{2})\b(?!,)/g, '$1, $2');
  const parts = raw.split(/[,()|·•/]| - | – /).map((p) => p.trim());
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const key = clean(part);
    if (!key) continue;
    const afterComma = i > 0;
    const country = countryByName.get(key);
    // Country names match whole parts only; "CA" is not in the table, so it reads as California.
    if (country) {
      if (country !== 'EU') place.country = country;
      continue;
    }
    const city = cityPlace.get(key);
    if (city && !place.city) {
      place.city = city.city;
      place.region ??= city.region;
      place.country ??= city.country;
      continue;
    }
    const state = usState.get(key);
    const upper = /^[A-Z]{2,3}$/.test(part.replace(/\s*\d[\d-]*$/, ''));
    if (state && (key.length > 2 || (afterComma && upper))) {
      place.region = state;
      if (!place.country || place.country === 'US') place.country = 'US';
      continue;
    }
    const au = auState.get(key);
    if (
      au &&
      (key.length > 3 || (afterComma && upper)) &&
      (place.country === 'AU' || !usState.has(key) || key.length > 2)
    ) {
      place.region = au;
      place.country = 'AU';
      continue;
    }
    const province = caProvince.get(key);
    if (province && (key.length > 2 || (afterComma && upper))) {
      place.region = province;
      place.country = 'CA';
      continue;
    }
    // A first part we do not know is probably a smaller city: keep its name for same-city checks.
    if (i === 0 && !place.city && /^[a-z .'-]{3,30}$/.test(key) && !/remote|hybrid|on.?site/.test(key))
      place.city = key;
  }
  return place;
}

/** Countries named anywhere in a sentence ("remote within the US or Canada"). */
export function countriesIn(text: string): string[] {
  const out = new Set<string>();
  const lower = ` ${text.toLowerCase().replace(/[^a-z\s]+/g, ' ')} `;
  for (const [name, code] of countryByName) {
    if (code === 'EU' || name.length < 3) continue;
    if (lower.includes(` ${name} `)) out.add(code);
  }
  if (/\b(US|USA|U\.S\.?)\b/.test(text)) out.add('US');
  if (/\bUK\b/.test(text)) out.add('GB');
  return [...out];
}
