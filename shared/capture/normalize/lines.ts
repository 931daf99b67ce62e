/**
 * "Label: value" lines inside a description ("Location: Berlin", "Job type: Full-time"), a common
 * way small career sites print facts. Reads at most the first 300 lines. A value that runs on into
 * sentences ("Employment: Full-time, Temporary (Jan 4 – Apr 30). Expect 45 hours a week in March.")
 * is its first sentence: the fact, then the text about it.
 */
export function labelledLine(text: string, label: RegExp, maxLines = 300): string | null {
  return labelledLines(text, label, maxLines)[0] ?? null;
}

/**
 * Every such line's value, in order: a details list may give the hours under one label and the
 * contract under another ("Hours: 30 hours a week" then "Contract: Part-time contract").
 */
export function labelledLines(text: string, label: RegExp, maxLines = 300): string[] {
  const values: string[] = [];
  for (const raw of text.slice(0, 60_000).split('\n', maxLines)) {
    const line = raw.replace(/^•\s*/, '').trim();
    const m = line.match(/^([^:]{2,40}):\s*(.{2,})$/);
    if (!m || !label.test(m[1]!.trim())) continue;
    const value = m[2]!.length > 120 ? m[2]!.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]! : m[2]!;
    if (value.length <= 120) values.push(value.trim());
  }
  return values;
}

/**
 * The labels boards print before a fact ("Job type:", "Anställningsform", "Regime", "Tryb pracy"), in
 * one place for facts beside a posting (sources/facts.ts) and "Label: value" lines inside it.
 * An hours label ("Contracted hours", "Hours per week") gives the type through the hours its value
 * states ("22.5 hrs/wk" is part-time), as UK retail and care employers print the contract's week.
 * "Hours/Week" / "Hrs/Wk" (iCIMS and public employers' header facts) is the weekly hours label too.
 * A "Base" row ("Base: Home-based, anywhere in GB") says where the job is based: its arrangement.
 * Languages: en, de, fr, es, pt, it, nl, sv, no, da, fi, pl. A public employer's "Status" /
 * "Employment status" ("Temporary Full-Time", "Regular Part-Time") is the type; a status that is not
 * one ("Open", "Closed") names no type word, so it gives nothing. "Tenure" ("Tenure: Permanent
 * Whole-time", "Tenure: Specified purpose") is how Irish and UK public employers label the contract.
 */
export const EMPLOYMENT_LABEL =
  /^(?:employment|job|time|contract|position|work|worker|schedule|programme|program) ?types?$|^tenure$|^types? of (?:employment|contract)$|^(?:(?:employment|job|position|employee|work) )?status$|^statut(?: d['’]emploi)?$|^(?:employment|commitment|schedule|work schedule|job schedule|regular ?(?:or|\/) ?temporary|full ?(?:or|\/) ?part[- ]?time|type|hours|(?:working|contracted|contractual|weekly|scheduled|expected) hours|hours (?:per week|of work)|(?:hours|hrs) ?\/ ?(?:week|wk)|contract|anstellungsart|beschäftigungsart|beschäftigungsumfang|arbeitszeit|vertragsart|type de contrat|contrat|temps de travail|tipo de contrato|jornada|regime|regime de contratação|tipo de contratação|tipo de vaga|tipo di contratto|contratto|orario(?: di lavoro)?|rodzaj umowy|typ umowy|wymiar (?:pracy|etatu)|dienstverband|contractvorm|type dienstverband|anställningsform|anställningstyp|omfattning|ansettelsesform|ansættelsesform|type ansettelse|ansettelsestype|ansættelsestype|ansættelsesforhold|stillingstype|tjänstgöringsgrad|varaktighet|arbetstid|arbejdstid|työsuhde|työsuhteen (?:tyyppi|kesto|muoto)|työn (?:tyyppi|kesto)|työaika|çalışma şekli|pozisyon tipi|고용형태|근무형태|雇用形態|工作性质|职位类型)$/i;
/**
 * A full-time-equivalent fact ("FTE: .5 (AM)", "Full-time equivalent: 0.6"), as US school districts
 * and UK public employers print a post's hours, or a workload in per cent ("Pensum: 60 – 80%",
 * "Stillingsprosent: 100 %"), as Swiss and Nordic boards do: its value is a share of a full week, read
 * in employment-hours.ts (typeOfFte).
 */
/**
 * A fact naming who employs ("Employer: Ville de Montravel", "Hiring organisation", "Arbeitgeber"). Not
 * "Department" or "Agency": a company's team, or the recruiter placing the job.
 */
export const EMPLOYER_LABEL =
  /^(?:employer(?: name)?|employing (?:organi[sz]ation|authority|body)|hiring (?:organi[sz]ation|company|entity)|company name|organi[sz]ation name|employeur|organisme employeur|collectivit[ée]|arbeitgeber|empresa|azienda|entreprise|empleador|entidad contratante|empregador|werkgever|arbetsgivare|arbeidsgiver|arbejdsgiver|pracodawca|datore di lavoro)$/i;
/**
 * A public employer's position classification ("Classification: Permanent, Benefited – 2,080 hrs/yr",
 * "Position classification: Regular Part-Time"): often the tenure and hours, but as often a job class
 * ("Classification: Analyst II"). So it is read only where no employment fact names a type.
 */
export const CLASSIFICATION_LABEL = /^(?:(?:position|job|employment) )?classification$/i;
export const FTE_LABEL =
  /^(?:FTE|full[- ]time equivalent(?: \(FTE\))?|(?:arbeits)?pensum|beschäftigungsgrad|stellenumfang|stillingsprosent|stillingsandel|taux d['’](?:activité|occupation)|grado di occupazione)$/i;
export const LOCATION_LABEL =
  /^(?:job |work |office |primary )?locations?$|^(?:based in|where|duty station)$|^(?:standort|arbeitsort|einsatzort|lieu|lieu de travail|localisation|ubicación|localidad|sede|local|local de trabalho|localização|localidade|sede di lavoro|luogo di lavoro|lokalizacja|miejsce pracy|locatie|werklocatie|standplaats|ort|arbetsort|plats|placering|kommun|kommune|arbetsplats|arbeidssted|arbejdssted|arbejdsplads|sijainti|työpaikan sijainti|työskentelypaikka|paikkakunta|sted)$/i;
export const SALARY_LABEL =
  /^(?:salary|compensation|pay|pay range|salary range|base salary|remuneration|wage|rate|(?:hourly|daily|day|pay|hiring) rate|hiring range|rate of pay|(?:monthly )?stipend|hourly (?:pay|wage)|gehalt|vergütung|salaire|rémunération|salario|sueldo|salário|remuneração|faixa salarial|stipendio|retribuzione|ral|wynagrodzenie|salaris|lön|lønn|løn|palkka|månadslön|månedsløn|timlön|timeløn|timelønn|lønnsnivå|lønramme|palkkaus|tuntipalkka|kuukausipalkka)$/i;
/**
 * A pay range printed as two facts, one per end: "Posted Min Pay" / "Posted Max Pay", "Salary from" /
 * "Salary to", iCIMS's "Min. Hiring Rate" / "Max. Hiring Rate", "Hourly rate (min)" / "(max)". The end
 * (min, max, from, to; abbreviated with a dot or not) before or after a pay noun, which up to two
 * words may qualify ("hiring", "hourly", "base annual"): the two labels are the ends of one range.
 */
const PAY_NOUN = String.raw`(?:[\p{L}-]+ ){0,2}?(?:pay|salary|rate|wage|compensation)(?: (?:rate|range))?`;
const rangeEndLabel = (ends: string, after: string) =>
  new RegExp(
    String.raw`^(?:posted |advertised )?${ends} ${PAY_NOUN}$|^${PAY_NOUN}\s*[(,:–-]?\s*${after}\)?$`,
    'iu',
  );
export const SALARY_MIN_LABEL = rangeEndLabel(
  String.raw`(?:min(?:imum)?\.?|lowest|starting)`,
  String.raw`(?:min(?:imum)?\.?|from|low)`,
);
export const SALARY_MAX_LABEL = rangeEndLabel(
  String.raw`(?:max(?:imum)?\.?|highest|top)`,
  String.raw`(?:max(?:imum)?\.?|to|high)`,
);
export const WORKPLACE_LABEL =
  /^(?:workplace(?: type| policy)?|(?:work )?base|(?:work )?location type|remote(?: work)?(?: policy| status| type)?|remote (?:job|position|eligible)|telework(?: eligible)?|telecommut(?:e|ing)(?: eligible)?|flexible work(?:ing)?(?: eligib(?:le|ility)| options?| arrangements?)?|work (?:model|arrangement|mode|setting|policy)|mobile work(?:ing)?|arbeitsmodell|modalité|mode de travail|modalidad(?: de trabajo)?|modelo de trabalho|modalidade|regime de trabalho|modalità(?: di lavoro)?|tryb pracy|werkmodel|werkplek|arbetsform|distansarbete|etätyö|çalışma (?:tercihi|modeli)|근무방식)$/i;
