/**
 * First-level regions as data: US states (with DC), Canadian provinces and Australian states, by
 * their postal code; for the UK, the areas people commute within (the metropolitan counties,
 * Greater London, a few shire counties with a big job market, and Scotland, Wales and Northern
 * Ireland), by their Chapman code, since the UK has no postal region. `name` is how forms list them; `aliases` are extra spellings postings use
 * where the plain name is also a city ("New York State", "Washington State").
 */

export interface Region {
  code: string;
  country: 'US' | 'CA' | 'AU' | 'GB';
  name: string;
  aliases?: string[];
}

const US = `AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York,New York State|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington,Washington State|WV West Virginia|WI Wisconsin|WY Wyoming`;
const CA = `AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|NS Nova Scotia|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan`;
const AU = `NSW New South Wales|VIC Victoria|QLD Queensland|WA Western Australia|SA South Australia|TAS Tasmania|ACT Australian Capital Territory|NT Northern Territory`;

const GB = `LND Greater London|GTM Greater Manchester|WYK West Yorkshire|SYK South Yorkshire|MSY Merseyside|TWR Tyne and Wear|WMD West Midlands|BST Bristol,City of Bristol|OXF Oxfordshire|CAM Cambridgeshire|NTT Nottinghamshire|LEI Leicestershire|HAM Hampshire|SXE East Sussex|SCT Scotland|WLS Wales|NIR Northern Ireland`;

function read(country: Region['country'], table: string): Region[] {
  return table.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    const [name, ...aliases] = entry.slice(space + 1).split(',');
    return { code: entry.slice(0, space), country, name: name!, ...(aliases.length ? { aliases } : {}) };
  });
}

export const US_STATES: readonly Region[] = read('US', US);
export const CA_PROVINCES: readonly Region[] = read('CA', CA);
export const AU_STATES: readonly Region[] = read('AU', AU);
/** Not offered in pickers: matching reads them from postings and home towns to tell a commute from a move. */
export const GB_REGIONS: readonly Region[] = read('GB', GB);

/** code → name, the shape option lists and profile answers use. */
export const namesByCode = (regions: readonly Region[]): Record<string, string> =>
  Object.fromEntries(regions.map((r) => [r.code, r.name]));
