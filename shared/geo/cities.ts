/**
 * Large job-market cities as data: a city printed alone ("Hamburg", "Bengaluru") is a place with
 * a country, and with a region where the city has one clear region (so "Austin" and "Austin, TX"
 * compare equal). Names that are also common English words or first names (Nice, Reading, Bath,
 * Mobile) are not listed; names listed with a leading "~" are also an everyday word or
 * abbreviation ("Victoria", "LA", "SF") and count only inside a location field, never in a
 * free-standing chip. A name in two countries keeps the reading job postings mean more often and
 * no region when that is unclear (Washington, Cambridge, Richmond).
 */
const CITIES = `US/NY: new york, new york city, nyc, manhattan, brooklyn
US/CA: san francisco, ~sf, bay area, san jose, los angeles, ~la, san diego, oakland, palo alto, mountain view, sunnyvale, menlo park, santa monica, irvine, sacramento, redwood city, santa clara, cupertino, san mateo, los gatos
US/TX: austin, houston, dallas, san antonio, fort worth, plano
US/IL: chicago, evanston, naperville
US/WA: seattle, bellevue, redmond
US/MA: boston, cambridge ma
US/CO: denver, boulder
US/GA: atlanta
US/FL: miami, tampa, orlando, jacksonville
US/NC: charlotte, raleigh, durham
US/PA: philadelphia, pittsburgh
US/DC: washington dc, washington d.c.
US/AZ: phoenix, scottsdale, tempe
US/OR: portland
US/MN: minneapolis
US/MI: detroit, ann arbor
US/TN: nashville
US/UT: salt lake city
US/OH: columbus, cleveland, cincinnati
US/MO: st. louis, kansas city
US/NV: las vegas
US/MD: baltimore
US/IN: indianapolis
US/LA: new orleans
US/WI: milwaukee
US/NE: omaha
US: washington, cambridge, richmond
CA/ON: toronto, ottawa, waterloo, mississauga, hamilton
CA/BC: vancouver, ~victoria
CA/QC: montreal, montréal, quebec city
CA/AB: calgary, edmonton
CA/MB: winnipeg
GB/LND: london, city of london, canary wharf, croydon, ealing, uxbridge, romford
GB/GTM: manchester, salford, stockport, oldham, bolton, wigan, rochdale, trafford, tameside, eccles, cheadle, altrincham, stretford, urmston, ashton-under-lyne
GB/WYK: leeds, bradford, wakefield, huddersfield, dewsbury, keighley
GB/SYK: sheffield, rotherham, doncaster, barnsley
GB/MSY: liverpool, birkenhead, st helens, bootle, southport
GB/TWR: newcastle, newcastle upon tyne, sunderland, gateshead, south shields
GB/WMD: birmingham, coventry, wolverhampton, solihull, dudley, walsall, west bromwich
GB/BST: bristol
GB/OXF: oxford
GB/CAM: cambridge uk
GB/NTT: nottingham
GB/LEI: leicester
GB/HAM: southampton
GB/SXE: brighton
GB/SCT: edinburgh, glasgow, aberdeen, dundee, inverness, stirling
GB/WLS: cardiff, swansea, wrexham
GB/NIR: belfast, derry, londonderry, lisburn
IE: dublin, cork, galway
DE: berlin, munich, münchen, hamburg, frankfurt, frankfurt am main, cologne, köln, düsseldorf, stuttgart, leipzig, dresden, hanover, hannover, nuremberg, nürnberg, bonn, karlsruhe, mannheim, bremen, essen, dortmund
FR: paris, lyon, marseille, toulouse, bordeaux, lille, nantes, montpellier, strasbourg, rennes, grenoble
NL: amsterdam, rotterdam, utrecht, the hague, den haag, eindhoven, groningen
BE: brussels, bruxelles, antwerp, ghent
CH: zurich, zürich, geneva, genève, basel, lausanne, bern
AT: vienna, wien, graz, linz, salzburg
ES: madrid, barcelona, valencia, seville, sevilla, malaga, málaga, bilbao
PT: lisbon, lisboa, porto
IT: milan, milano, rome, roma, turin, torino, bologna, naples
SE: stockholm, gothenburg, göteborg, malmö, malmo
NO: oslo, bergen
DK: copenhagen, københavn, aarhus
FI: helsinki, espoo, tampere
PL: warsaw, warszawa, krakow, kraków, wrocław, wroclaw, gdańsk, gdansk, poznań, poznan, łódź
CZ: prague, praha, brno
HU: budapest
RO: bucharest, bucurești, cluj-napoca, cluj
GR: athens
EE: tallinn
LT: vilnius
LV: riga
UA: kyiv, kiev, lviv
TR: istanbul, ankara
IL: tel aviv, tel aviv-yafo, jerusalem, haifa, herzliya
AE: dubai, abu dhabi
IN: bangalore, bengaluru, hyderabad, mumbai, pune, delhi, new delhi, chennai, gurgaon, gurugram, noida, kolkata, ahmedabad, jaipur, kochi
SG: singapore
HK: hong kong
JP: tokyo, osaka, kyoto, 東京, 東京都, 大阪, 大阪府, 京都, 横浜, 名古屋, 福岡, 札幌
KR: seoul, 서울, 부산, 인천, 성남, 대전, 대구
CN: shanghai, beijing, shenzhen, guangzhou, hangzhou, 上海, 北京, 深圳, 广州, 杭州, 苏州, 南京, 成都, 武汉, 西安
TW: taipei, 台北, 臺北
PH: manila
ID: jakarta
MY: kuala lumpur
TH: bangkok
VN: ho chi minh city, hanoi
AU: sydney, melbourne, brisbane, perth, adelaide, canberra
NZ: auckland, wellington, christchurch
MX: mexico city, ciudad de méxico, guadalajara, monterrey
BR: são paulo, sao paulo, rio de janeiro, belo horizonte, florianópolis
AR: buenos aires
CO: bogotá, bogota, medellín, medellin
CL: santiago
PE: lima
ZA: cape town, johannesburg
NG: lagos
KE: nairobi
EG: cairo`;

export interface City {
  name: string;
  country: string;
  region?: string;
  /** Also an everyday word or abbreviation: a place only where a place is expected. */
  word?: true;
}

export const CITY_LIST: readonly City[] = CITIES.split('\n').flatMap((line) => {
  const [where, names] = line.split(': ');
  const [country, region] = where!.split('/');
  return names!.split(', ').map((n) => ({
    name: n.replace(/^~/, ''),
    country: country!,
    ...(region ? { region } : {}),
    ...(n.startsWith('~') ? { word: true as const } : {}),
  }));
});
