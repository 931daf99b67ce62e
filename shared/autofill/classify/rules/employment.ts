import { SALARY_RULES } from './salary.ts';
import { HISTORY_BLOCK, L, LN, Q, TEXTY, THIRD_PARTY_BLOCK, type TypeRule } from './shared.ts';
import { SOURCE_RULES } from './source.ts';
import { WORK_RIGHTS_RULES } from './work-rights.ts';

/** Current job, experience, pay (salary.ts), eligibility (work-rights.ts), start date and source (source.ts). */

export const EMPLOYMENT_RULES: TypeRule[] = [
  {
    type: 'current_company',
    veto: [HISTORY_BLOCK, THIRD_PARTY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      // (pl) (zh) (ja): where the person works now
      {
        re: '^(aktualny|obecny)( lub ostatni)? pracodawca$|(目前|最近|当前).{0,4}(所在)?公司|(現在|直近)[^。、]{0,6}勤務先|在籍(企業|会社)',
        score: 0.85,
        on: L,
      },
      // ("Name of your current or most recent employer"; not "Name of your current headteacher or principal": a person)
      {
        re: "^(current |present |most recent )?(company|employer)( name)?$|^name of (employer|(your )?(current|present|most recent) (company|employer))$|^(your )?current (company|employer)\\b|^(your )?(current|present) or most recent (company|employer)( name)?$|(current|present) \\(?(or|/) (most recent|last|previous)\\)? (company|employer)|(current|present|most recent) (company|employer)('s)? name|(current|most recent|latest|last) (role|job|position):? (company|employer)( name)?|name of (your )?(current|present|most recent)( (or|/) (most recent|last|previous))? (company|employer|organi[sz]ation|firm|workplace|business)$",
        score: 0.95,
        on: L,
      },
      {
        re: '\\b(aktueller )?arbeitgeber\\b|^(dernier employeur|derniere entreprise|ultimo empleador|ultima empresa)$|^(empresa|compania) (donde|en la que|en que|para la que) (trabajas|laboras)( actualmente)?\\b|^(entreprise|employeur|empresa|azienda|datore di lavoro|empregador)( (actuel(le)?|actual|atual|attuale))?( (ou|o|or) (la plus recente|la derniere|mais recente|ultima( (azienda|empresa))?|ultimo (empleo|empleador)|mas reciente|most recent))?$',
        score: 0.85,
        on: L,
      },
      // The employer asked as a question: (fr) "Dans quelle entreprise êtes-vous actuellement en poste ?", (es) "¿En qué
      // empresa trabajas actualmente?", (pt) "Em qual empresa você trabalha atualmente?", (it) "Per quale azienda lavori
      // attualmente?", (de) "Bei welchem Unternehmen arbeiten Sie derzeit?"; and a caption that opens with the employer
      // of now and explains after it ("Empresa actual (o la última en la que trabajaste)").
      {
        re: '^(dans|pour) quelle (entreprise|societe|structure) (etes|travaillez)[- ]vous\\b(?!.{0,30}\\b(avant|auparavant|precedemment))|^(en|para) (que|cual) empresa (trabajas|trabaja|laboras|estas)\\b(?!.{0,30}\\b(antes|anteriormente))|^(em|para) (qual|que) empresa (voce |tu )?(trabalha|trabalhas|esta)\\b(?!.{0,30}\\b(antes|anteriormente))|^per quale azienda (lavori|lavora)\\b(?!.{0,30}\\b(prima|precedentemente))|^bei welche(m|r) (unternehmen|firma|arbeitgeber) (arbeiten|sind|bist|arbeitest) (sie|du)\\b(?!.{0,30}\\b(vorher|zuvor|fruher))|^(entreprise|empresa|azienda|employeur|empregador) (actuelle?|actual|atual|attuale)\\b',
        score: 0.85,
        on: L,
      },
      // An academic's or a public servant's employer: "Current institution or employer" (Interfolio, forms-dev63),
      // "Current organisation"; not "Current school", which a student attends.
      {
        re: '^(your )?(current|present|most recent) (institution|organi[sz]ation|workplace|firm|agency)( (or|/) (company|employer|organi[sz]ation|institution|agency))?( name)?$',
        score: 0.9,
        on: L,
      },
      // (nl): "Huidige werkgever", "Bij welke werkgever werk je nu?", "Bij welk bedrijf ben je werkzaam?"
      {
        re: '^(je |uw )?(huidige|laatste|meest recente) (werkgever|organisatie)$|^(bij )?welke? (werkgever|bedrijf|organisatie) (werk|ben) (je|jij|u)\\b(?!.{0,40}\\b(gewerkt|vroeger|eerder|ooit))',
        score: 0.85,
        on: L,
      },
      // (sv) (no) (da): "Nuvarande eller senaste arbetsgivare", "Nåværende arbeidsgiver", "Seneste arbejdsgiver"
      {
        re: '^(din |dit )?(nuvarande|navaerende|nuvaerende|senaste|siste|seneste)( (eller|og|/) (senaste|siste|seneste))? (arbetsgivare|arbeidsgiver|arbejdsgiver)$',
        score: 0.85,
        on: L,
      },
      {
        re: '^where do you (currently )?work( now| today)?\\b|^who do you (currently )?work for\\b|^who are you (currently )?working for\\b|^(which|what) (company|organi[sz]ation|department|agency|employer|firm)( or (company|organi[sz]ation|department|agency|employer))? do you (currently )?work (for|at|in)\\b|^where did you (most recently )?work( most recently)?\\??$',
        score: 0.9,
        on: L,
      },
      {
        re: '^(current |last |latest |recent )?(company|employer|org|organization)( name)?$|current company|\\b(experience|employment|job|position)s? 0 (company|employer)( name)?\\b',
        score: 0.85,
        on: ['name'],
      },
    ],
    negative: [
      // ("ever" as a word: (nl) "werkgever" is the employer)
      {
        re: 'size|industry|type|website|url|phone|address|e-?mail|agency(?!( or \\w+)? do you (currently )?work)|previous|past|worked|before|\\bever\\b|years|how long|reason|leav|contact|may we|supervisor|manager',
        score: 1,
        on: L,
      },
    ],
  },
  {
    type: 'current_title',
    veto: [HISTORY_BLOCK, THIRD_PARTY_BLOCK],
    kinds: TEXTY,
    short: true,
    positive: [
      // (pl) (zh) (ja): the job the person holds now
      { re: '^zajmowane stanowisko$|(目前|当前|现任).{0,2}职位|現在の(職種|役職)', score: 0.85, on: L },
      // (ja) "職種・役職" on its own: the kind of job and the rank held (a wished-for one says 希望)
      { re: '^(職種[・/／])?役職名?$', score: 0.8, on: L },
      // (UK public-sector forms call the job a "post": "Post held", "Present post", forms-dev46); "Your title" under "Present or
      // most recent employer" (forms-dev47): the history veto keeps an earlier entry's out
      {
        re: '(current|present|most recent)( \\(?(or|/) (most recent|last|previous|current)\\)?)? (job |position |role )?title|^(current|present) (position|post|role|designation)$|^(position|post|job|title) held$|^job title$|^position title$|^your (job )?title$|^headline$',
        score: 0.9,
        on: LN,
      },
      // a follow-up to "Who do you work for?": "And your title there?", "What was your job title there?"
      {
        re: '\\b(your )?(job )?title there\\b|^what (is|was) your (current |most recent )?(job )?title\\b',
        score: 0.85,
        on: L,
      },
      // … or the first entry of a work history ("WorkExperience[0].Title": the most recent job)
      {
        re: '\\b(current|last|latest|recent) (role|title|position|job title)\\b|\\b(experience|employment|job|position)s? 0 (job )?title\\b',
        score: 0.85,
        on: ['name'],
      },
      {
        re: '\\bberufsbezeichnung\\b|\\baktuelle position\\b|\\bposte actuel\\b|\\bcargo a(c)?tual\\b|\\bpuesto actual\\b|\\bhuidige functie\\b|\\b(ruolo|posizione|qualifica) (attuale|ricoperto|ricoperta)\\b|\\bfuncao atual\\b',
        score: 0.85,
        on: L,
      },
    ],
    negative: [
      { re: 'applying|apply for|desired|target|interested|希望', score: 1, on: L },
      // "Most recent role: company name": the employer of that role
      {
        re: 'company name|employer name|name of (your |the )?(company|employer)|role company',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'years_experience',
    // (Workday answers its text questions in a textarea: "How many years of … do you have?")
    kinds: [...TEXTY, 'select', 'radio-group', 'textarea'],
    positive: [
      // (pl) (ja) (zh) (ko): years of experience
      {
        re: 'ile lat doswiadczenia|lat(a)? doswiadczenia|^(komercyjne|zawodowe) doswiadczenie\\b|経験年数|工作年限|工作经验|총 ?경력|경력 ?(연수|년수|기간)',
        score: 0.85,
        on: Q,
      },
      // ("And how many of those years were mainly in Go?": a follow-up asking part of the years, forms-dev43 Lever;
      // "Years on EHR go-live or implementation projects", forms-dev48: the years spent on a kind of work)
      {
        re: '^(total )?years (\\w+ing|in|as|on)\\b|years? of (relevant |professional |work |total )?experience|how many (of (those|these|your) )?years|experience \\(years\\)|years experience',
        score: 0.9,
        on: Q,
      },
      {
        re: 'hur manga ars?\\b|\\bars (arbets|yrkes)?erfarenhet|hvor mange ars?\\b|\\bars (arbeids|yrkes|erhvervs|arbejds)?erfaring|jahre (an )?berufserfahrung|annees d.experience|niveau d.experience|anos de experiencia|hoeveel jaar|jaar (werk)?ervaring|jaren (werk)?ervaring|anni di esperienza|quantos anos|tempo de experiencia|ha quanto tempo|quanto tempo (voce |tu )?(atua|trabalha)',
        score: 0.85,
        on: Q,
      },
      // "Total years of clinical data management experience", "Years of integration, verification or test
      // experience": the field (or a list of them) named, the years asked.
      { re: '\\byears of ([a-z&/+-]+,? ){1,5}experience\\b', score: 0.85, on: Q },
      // "Total Experience (in years)", "Relevant Experience in Embedded (in yrs)": the unit in brackets asks the years.
      { re: '\\bexperience\\b[^()?]{0,60}\\((in )?(years?|yrs)\\)', score: 0.85, on: Q },
      { re: '^how much ([a-z,&/+-]+ ){0,6}experience\\b', score: 0.85, on: Q },
      // "How long have you supervised diesel technicians?": years at one duty (a doubt, below)
      { re: '^how long have you (been )?[a-z]+', score: 0.8, on: Q },
    ],
    // "Years of experience with HL7", "years you have worked as a data engineer", "how much retail
    // experience", "há quanto tempo atua com vendas": years asked (every blind labeller typed them so),
    // but not all of the person's years, so the answer is a guess the person confirms.
    doubt: [
      {
        // (not the unit: "(in years)")
        re: '\\b(with|using|in|as|com|con|avec|mit|met|como|come|comme|av|med|inom|innen|inden)\\b (?!(years?|yrs|months?)\\b)[a-z0-9+#.]|^how much [a-z]+ [a-z]|^how long have you|experience [a-z]+ing\\b',
        score: 1,
        on: Q,
      },
      // Bands of years under a skill that does not say "years" ("Hands-on LC-MS/MS method development", read
      // by lists.ts): the years at that skill, not all of the person's.
      { re: '^(?!.*\\b(years?|yrs|experience)\\b).', score: 1, on: ['label'] },
    ],
    // "Years of experience managing a team": years of one duty, not of work; the question is its own.
    negative: [
      {
        re: 'experience (managing|leading|supervising|running|mentoring|overseeing|directing)\\b',
        score: 1,
        on: L,
      },
      // (years lived at an address; not a "go-live", a system's launch: "Years on EHR go-live projects", forms-dev48)
      {
        re: '\\b(lived|resided|(?<!\\bgo[- ])live|reside|known)\\b|at (this|your current) address',
        score: 1,
        on: L,
      },
    ],
  },
  ...SALARY_RULES,
  ...WORK_RIGHTS_RULES,
  {
    type: 'start_date',
    // "experience.0.start_date": when a past job began, not when the person can start.
    veto: [
      HISTORY_BLOCK,
      { re: '\\b(experience|education|employment|work history|school)\\b', score: 1, on: ['name'] },
    ],
    kinds: [...TEXTY, 'date', 'select', 'radio-group'],
    positive: [
      // (pl) (ja) (zh) (es) (ko): when the person can start
      {
        re: 'najwczesniejsz\\w* .{0,30}(data|termin)|data rozpoczecia|od kiedy|入社可能|入社日|到岗|入职(时间|日期)|incorporarte|입사 ?(가능|희망|예정) ?일|근무 ?(시작|가능) ?일',
        score: 0.85,
        on: L,
      },
      // ("Avail. date"; "Earliest date you could attend orientation": the first day is the orientation, forms-dev47)
      {
        re: 'start date|earliest.*(start|begin|join)|(start|begin).*earliest|available to (start|begin|commence)|available from|date (you are |you.re |you will be )?available|(date|when) you (can|could|would|will) (start|begin)( work)?|when (can|could|would|will) you (be able to |be available to )?(start|begin|join)|(what|which) date (can|could|would|will) you (start|begin|join)|how soon (can|could|would) you (start|begin|join)|date available|availability date|\\bavail\\.? date\\b|earliest\\b[^?]{0,30}\\b(orientation|onboarding|induction|first (day|shift) (of|at) work)\\b|date you.?d (want|like|prefer) to start|(want|like|prefer) to start by|(couldn.?t|can.?t|cannot) start before|date of joining|joining date|\\bdoj\\b',
        score: 0.9,
        on: LN,
      },
      // The first day asked in other words (forms-dev46): "the date from which you could take it up" (UK "take up a
      // post"), "earliest date you could report for work", "first day you could work"; forms-dev48: "Earliest date you could
      // be on site", and a first day qualified as the person's own guess, "Realistic first day", "Your expected first day").
      {
        re: '\\b(date|when|day)\\b[^.?]{0,40}\\btake (it|this|the (post|job|role|position|appointment)) up\\b|\\b(date|when|day)\\b[^.?]{0,40}\\btake up (it|this|the|your) (post|job|role|position|appointment|offer)\\b|\\b(date|when|day|earliest|soonest)\\b[^.?]{0,40}\\breport (for|to) (work|duty)\\b|\\b(first|earliest) (possible )?(date|day) (that )?you (can|could|would|will|are able to|would be able to) (start|begin|work|join|report|be (on ?site|on the (job|tools|ground)|in the office|at work|with us))\\b|^((realistic|earliest|expected|likely|possible|proposed|preferred|your) ){1,2}(first|1st) (working )?day( (with us|on the job|in the (role|job)|at work|here))?\\??$',
        score: 0.9,
        on: L,
      },
      {
        re: 'eintritt(sdatum|stermin)|fruhest|verfugbar ab|ab wann|date de debut|disponibilite|disponible a partir|prendre (votre|ton) poste|a partir de quelle date|a partir de quand|quand (pourriez|pouvez|pourrez|pourrais|peux)[- ]vous (nous )?(rejoindre|commencer|demarrer|debuter)|fecha de inicio|fecha de disponibilidad|disponibilidad (de|para) (incorporacion|incorporarte|iniciar|empezar|comenzar)|incorporacion|per wanneer|beschikbaar (vanaf|per)|startdatum|wanneer kun je (beginnen|starten)|data de inicio|disponibilidade para (inicio|comecar)|(podes|pode|podera|poderia|poderias) comecar|disponibile a (iniziare|partire)|data di (inizio|inserimento)|disponibilita (a|ad) (iniziare|entrare)|quando (potresti|puoi) iniziare|tilltrad(a|e|esdatum)\\b|\\btiltre(de|delse|delsesdato)?\\b|\\btiltraed(e|else)\\b|\\b(nar|hvornar) kan du (borja|starta|begynne|begynde|starte)\\b|(tidigast|tidligst|tidligste) (mojliga |mulige )?(start|tiltredelse)',
        score: 0.85,
        on: L,
      },
    ],
    negative: [
      { re: 'deadline|timeline|end date|graduat|birth|\\b(month|year)$', score: 1, on: L },
      // the day a job the person holds or held began ("Most Recent Employer – Start Date", forms-dev103 BambooHR)
      {
        re: '\\b(current|present|most recent|previous|prior|last|former) (employer|job|position|role|company|employment)\\W{1,4}start date\\b',
        score: 1,
        on: L,
      },
    ],
  },
  ...SOURCE_RULES,
];
