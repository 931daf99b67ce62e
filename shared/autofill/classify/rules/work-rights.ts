import {
  EMPLOYER_APPLIES,
  EMPLOYER_IMMIGRATION_CASE,
  LABOUR_MARKET_TEST,
  PETITION,
} from './employer-acts.ts';
import { ANY_ANSWER, Q, QC, type TypeRule } from './shared.ts';

/**
 * Authorization granted in a concessive clause ("Even if you are authorized to work here today, …") while the
 * question goes on to the future: the future need is what is asked, i.e. sponsorship.
 */
const GRANTED_NOW_ASKED_LATER =
  '\\b(even if|even though|although|while)\\b[^?]{0,30}\\b(authori[sz]ed|eligible|allowed|permitted) to work\\b[^?]{0,100}\\b(future|later|at any (point|time))';

/** "Allowed to work … without needing an employer to sponsor you": the right to work, sponsorship named only as what is not needed. */
const WITHOUT_SPONSORSHIP =
  '\\bwithout (needing|requiring|the need( for)?|any need( for)?)\\b[^?]{0,40}\\bsponsor';

/** (sv) (no) (da) a work or residence permit, or a visa. */
const NORDIC_WORK_PERMIT =
  '(arbets|uppehalls)tillstand|(arbeids|opphold\\w*)tillatelse|(arbejds|ophold\\w*)tilladelse';
const NORDIC_PERMIT = `${NORDIC_WORK_PERMIT}|\\bvisum\\b`;
/**
 * (sv) (no) (da) the employer applying for the person's permit: "… ansöker om arbetstillstånd åt dig", "Skal vi
 * søge opholds- og arbejdstilladelse til dig hos SIRI?", "Må vi søke arbeidstillatelse for deg?". Sponsorship.
 */
const NORDIC_EMPLOYER_APPLIES = `\\b(ansok|sok|soke|soge)\\w*\\b.{0,30}\\bom\\b.{0,20}(${NORDIC_PERMIT})|\\b(vi|we)\\b.{0,15}\\b(ansok|sok|soke|soge)\\w*\\b.{0,30}(${NORDIC_PERMIT})|(${NORDIC_PERMIT})\\w*\\b.{0,20}\\b(at|for|til) (dig|deg)\\b`;

/**
 * A question whose last clause asks when or for which date ("…, when does it expire?", "What date does your
 * visa end?", "Until when is your permit valid?"): its answer is a date, never yes or no.
 */
const ASKS_WHEN =
  '(^|[,;:.] )(when|until when|by when|since when|(on |by |until )?(what|which) date)\\b[^,;:.?]*\\?$';

/** Sponsorship beside gifts, grants or events, or as deals and income: money, not a visa (no visa or permit named). */
const SPONSORSHIP_AS_FUNDING =
  '^(?!.*\\b(visas?|permits?|immigration|work authori[sz]ation|right to work)\\b).*(\\b(gifts?|donations?|grants?|legac(y|ies)|fundrais\\w*|corporate|commercial|events?|partnerships?|advertising)\\b[^?.]{0,20}\\bsponsor|\\bsponsor\\w*\\b[^?.]{0,20}\\b(deals?|income|revenue|packages?|sales|targets?|events?|partners?|gifts?|donations?|grants?))';

/** A label asking which immigration status or visa the person holds, and no need, sponsor or help. */
const STATUS_TO_NAME =
  '^(?!.*\\b(sponsor\\w*|require\\w*|need\\w*|depend\\w*|support|petition|assist\\w*|help|apply|obtain)\\b)[^?]*\\b(immigration|visa|residence|residency) (status|type|category)\\b';

/** The right to work where the job is, and needing the employer to sponsor a visa or permit. */
export const WORK_RIGHTS_RULES: TypeRule[] = [
  {
    type: 'work_authorization',
    yesNo: true,
    kinds: ANY_ANSWER,
    // A declaration ticked at the end ("I confirm that the information I have given is true …, and that you will
    // check my right to work"): the person attests their answers, whatever checks it names (Oleeo, forms-dev69).
    veto: [
      {
        re: String.raw`^i (confirm|declare|certify|attest|understand|agree|acknowledge)\b.{0,60}\b(information|details|answers|statements?|application)\b.{0,40}\b(true|correct|complete|accurate)\b`,
        score: 1,
        on: ['label'],
      },
      // A permission to pass on what the person has given ("Share my full profile (including GPA and work
      // authorization) with this employer"): what it shares is named, not asked (Symplicity, forms-dev69).
      {
        re: String.raw`^(share|send|release|forward|pass on|make)\b.{0,40}\b(profile|resume|cv|application|information|details|data)\b`,
        score: 1,
        on: ['label'],
      },
      // A language to work in ("Are you able to work in French in a professional setting?"): a skill, not a right.
      {
        re: String.raw`\bwork(ing)? in (english|french|german|spanish|dutch|italian|portuguese|polish|swedish|danish|norwegian|finnish|mandarin|cantonese|japanese|korean|arabic|hindi)\b`,
        score: 1,
        on: ['label'],
      },
      // A minor's work permit ("If you are 14 or 15, do you have a Wisconsin work permit?", "working papers"): the
      // school-age certificate a teenager needs, not the right to work in the country.
      {
        re: String.raw`\b(if you are|are you|aged?|ages) (1[3-7])\b|\bminors?\b|\bunder (the age of )?1[68]\b|\bworking papers\b|\bage certificate\b`,
        score: 1,
        on: ['label'],
      },
    ],
    positive: [
      // (es) (pl) (ja) (zh) (ko): the right to work there
      {
        re: '취업이? 가능한 (국적|체류 ?자격)|체류 ?자격|취업 ?자격|permiso de residencia y trabajo|prawo do (podjecia |legalnej )?pracy|就労が?(認められ|可能)|合法(就业|工作)|工作许可',
        score: 0.85,
        on: Q,
      },
      // ("Is gainful employment in Germany currently permitted for you?", "documents proving I may work in Canada", forms-dev47)
      // ("Can you work in Ireland for any employer, full time, without restriction?": where you may work, unrestricted;
      // so is working "for any employer", "lawfully", or being "entitled to take paid work" (forms-dev46);
      // "show documents that establish your identity and employment authorization (Form I-9)": the US proof of it)
      {
        re: '(legally )?\\b(authori[sz]ed|eligible|entitled|entitlement|permitted|able) to (legally )?work|\\b(employment|work)\\b[^?]{0,60}\\b(permitted|allowed|authori[sz]ed) for you\\b|\\b(prov\\w*|show\\w*|establish\\w*) (that )?(you|i) (may|can|are allowed to|am allowed to) (legally )?work (in|within|here)\\b|\\b(entitled|permitted|allowed|free) to take (up )?(paid )?(employment|work)\\b|\\b(may|can|could) (you )?(lawfully|legally) (work|be employed)\\b|\\b(can|could|may) you (already |currently |now )?work\\b[^?]{0,40}\\bfor any employer\\b|^are you an? (\\w+ ){0,3}citizen,? or (an? )?(\\w+ ){0,3}permanent resident\\b|\\bfree to (take up )?(work|employment)\\b[^?]{0,60}\\brestrict|\\b(can|could|may) you (legally )?work (in|within)\\b[^?]{0,60}\\bwithout (any )?restriction|\\b(authori[sz]ed|eligible) for employment|rights? to (live and )?work|\\b(full )?work(ing)? rights\\b|permission to work|\\b(have|hold|possess)\\w*\\b[^?]{0,20}\\bpermits? to (legally )?work (in|within|here|there)\\b|eligibility to work|work (permit|authori[sz]ation)|employment (eligibility|authori[sz]ation)|\\bform i-?9\\b|\\b(permit|title|status|visa|card|pass|document)s? (that|which) (lets|allow|allows|entitles|permits) you (to )?(work|take up (work|employment))|\\bauthori[sz]ation to (legally )?work\\b|allowed to work|right to be employed|(legally )?(able|permitted|entitled) to be employed|no restrictions? on your (immigration|visa|work) status',
        score: 0.9,
        on: QC,
      },
      {
        re: 'autorizacao para trabalhar|autorizacion para trabajar|autorizad[oa]s? (para|a) trabajar|permiso (legal )?para trabajar|arbeitserlaubnis|arbeitsgenehmigung|autorise(\\(e\\)|e)? a travailler|mag je\\b.{0,40}\\bwerken|permiso de trabajo|verblijfsvergunning|tewerkstellingsvergunning|mag (je )?werken in|werkvergunning|autorizacion (de|para) trabajar|permesso di soggiorno|(autorizacao|titulo) de residencia|aufenthaltstitel|arbeitsberechtigung|beschaftigung .{0,40}erlaub|arbeitsbewilligung|aufenthaltsbewilligung|titre de sejour|autorizad[oa] a trabalhar|autorizzat[oa] a lavorare|(permita|permite|consente|permette)\\w* (de )?(trabalhar|trabajar|lavorare|travailler)',
        score: 0.85,
        on: Q,
      },
      // (sv) (no) (da): the right to work there, a work or residence permit
      {
        re: `ratt att arbeta|rett til a (arbeide|jobbe)|ret til at arbejde|${NORDIC_WORK_PERMIT}`,
        score: 0.85,
        on: Q,
      },
      // "I can take up employment in Germany without any further approval from the authorities." (forms-dev48), "You may
      // start work here without a new permit": a statement that the person may work with no one's approval is the right itself.
      {
        re: '\\b(can|may|could) (legally )?(take up|start|accept|begin|commence) (paid )?(employment|work|a job)\\b[^?]{0,60}\\bwithout (any |a |an )?(further |additional |new |other )?(approval|permission|permit|visa|sponsor)',
        score: 0.9,
        on: QC,
      },
      { re: 'legal documents|right to work|authori[sz]ed to work', score: 0.55, on: ['options'] },
      // "Status in the UK": options that name citizenship beside visas or settled status ask for it.
      {
        re: '\\bcitizen\\b.{0,200}\\b(visa|permit|settled|permanent resident|green card)|\\b(visa|permit|settled|permanent resident|green card)\\b.{0,200}\\bcitizen\\b',
        score: 0.9,
        on: ['options'],
      },
    ],
    // "Able / eligible to work weekends, overtime, in the office": a schedule question, not a permit.
    negative: [
      // (ja) (zh) (pl) (ko): the employer applying or helping is sponsorship
      {
        re: 'スポンサー|交付申請|手続き|サポート|支援|(申请|办理|协助)|\\bwsparci|\\bpomoc|(발급|변경|신청)[^?]{0,20}지원|스폰서',
        score: 1,
        on: Q,
      },
      {
        re: 'overtime|weekends?|holidays?|nights?|evenings?|shifts?|this (pattern|schedule|rota)|on-?site|in (the|an|our) office|(from|at) (that|this|the|our) (office|site|location)|relocat|commut|remote(ly)?|hybrid|(?<!\\brestrictions? on ((your|the|my) )?)hours|days (a|per) week|\\b(which|what) (days|hours|times|shifts)\\b|travel|independently|fast-paced|outdoors',
        score: 1,
        on: Q,
      },
      // "Will you need our support in obtaining a work permit?": asking for help is sponsorship.
      { re: '\\b(assistance|support|help)\\b.{0,60}\\b(obtain|get|secur|visa|permit)', score: 1, on: Q },
      // A labour-market test (Canada's LMIA) or a permit tied to one employer is the employer's doing.
      { re: LABOUR_MARKET_TEST, score: 1, on: Q },
      // "Share code", "Permit number", "Visa expiry date": a detail of the status, not the answer to it.
      { re: '^[^?]*\\b(share code|number|expiry|expiration|reference)\\b[^?]*$', score: 1, on: ['label'] },
      // "If you're in Canada on a work permit, when does it expire?": the question asks a date, not whether.
      { re: ASKS_WHEN, score: 1, on: ['label'] },
      // "Would you need us to apply for a work permit on your behalf?": the employer applying is sponsorship.
      {
        re: `on (your|my) behalf|\\bdepos\\w* une demande|(us|we|the company) to (apply|file) for|${EMPLOYER_APPLIES}|${NORDIC_EMPLOYER_APPLIES}`,
        score: 1,
        on: Q,
      },
      // "Will you need us to take action to obtain, extend or maintain your work authorization?": sponsorship.
      { re: PETITION, score: 1, on: Q },
      // "Will you need us to back an immigration case?", "Even if you are authorized … today, will you in the future …": sponsorship.
      { re: `${EMPLOYER_IMMIGRATION_CASE}|${GRANTED_NOW_ASKED_LATER}`, score: 1, on: Q },
      // "Will your right to work here depend on us sponsoring you?", "Is your permission to work in the UK tied to a visa
      // that an employer has to sponsor?" (forms-dev43 Workable): the right held only through a sponsor is sponsorship.
      { re: '\\b(depend\\w* on|tied to|conditional on)\\b.{0,60}\\bsponsor', score: 1, on: Q },
      // "Would you require an employer-sponsored work permit …?", "Will you require <company> to sponsor a work permit for
      // you?": needing a permit an employer sponsors is sponsorship (not "allowed to work without needing … to sponsor").
      {
        re: '\\b(require|need)\\w*\\b[^?]{0,20}\\b(employer-)?sponsored (work |employment )?(permit|visa)|^(?!.*\\bwithout\\b).*\\b(require|need)\\w*\\b[^?]{0,40}\\bto sponsor (a |an |your |the )?(work |employment |residence )?(permit|visa)',
        score: 1,
        on: Q,
      },
      // "Vais precisar que … trate do teu visto", "nécessiterait … une demande", "sarà necessario che l'azienda richieda",
      // (es) "¿Necesitarías que te apoyemos con el trámite…?", (fr) "… vous accompagne dans une demande": help asked for
      {
        re: '\\b(precis\\w*|necessit\\w*|necesit\\w*|apoy\\w*|ayud\\w*|accompagn\\w*|besoin|bisogno|necessari\\w*|desse entrada|dar entrada|trate (do|de)|tratar (do|de)|richied\\w*|engag\\w*|angewiesen|einleit\\w*|beantrag\\w*|demande|behov\\w*|ansok\\w*|trenger|(soke|soge) om|brug for)\\b',
        score: 1,
        on: Q,
      },
    ],
  },
  {
    type: 'sponsorship_required',
    yesNo: true,
    kinds: ANY_ANSWER,
    positive: [
      // (es) (pl) (ja) (zh) (ko): the employer applying for the permit or visa
      {
        re: '(비자|체류 ?자격)[^?]{0,30}(발급|변경|신청)[^?]{0,20}지원|비자 ?스폰서|wsparci\\w* .{0,60}(zezwoleni|wiz)|pomo[cg]\\w* .{0,40}(zezwoleni|wiz|karte pobytu)|wystapi\\w* o (zezwoleni|wiz)|在留資格認定証明書|ビザ.{0,6}スポンサー|(ビザ|在留資格)[^。]{0,30}(申請|手続き)[^。]{0,20}(サポート|支援)|(ビザ|在留資格)[^。？]{0,40}(当社|弊社)が|就労ビザ[^。？]{0,30}必要|(申请|办理).{0,20}(工作许可|签证|居留许可)|(工作许可|签证).{0,20}(申请|办理)',
        score: 0.95,
        on: QC,
      },
      {
        // ("If not, would Hoskaert need to apply for a single permit for you?": the employer applying for the permit)
        re: 'sponsor|visa support|h-?1b|(require|need) (a |an )?(work |employment )?visa|\\b(would|will|does|do|must)\\b.{0,40}\\b(need to|have to|must)?\\s?apply for (a |an |your |the )?([a-z]+ ){0,2}(permit|visa)\\b.{0,20}\\b(for|on behalf of) (you|the candidate|the applicant)\\b|\\b(would|will|does)\\b.{0,40}\\bneed to apply for (a |an |your |the )?([a-z]+ ){0,2}(permit|visa)\\b|(require|need)\\b.{0,40}\\bblue card\\b|visa petition|depend\\w* on an employer',
        score: 1,
        on: QC,
      },
      // es/nl/de/fr: the employer applies for the visa or permit ('que la empresa tramite tu visado', 'el trámite de tu visa',
      // 'que tramitara por ti una autorización', 'te apoye con tu residencia', 'een visum voor je aanvragen', 'kennismigrant').
      {
        re: 'tramit\\w* ((por|para) (ti|usted) |de )?(tu|su|el|un|la|una) (autorizacion|visado|visa|permiso|residencia)|(apoy|ayud)\\w*\\b.{0,60}\\b(visado|visa|permiso de trabajo|residencia temporal)|patrocinio|een visum (voor je )?aan(vragen|te vragen)|kennismigrant|visum(s)?(antrag|unterst)|parrainage|sponsoris',
        score: 1,
        on: QC,
      },
      // "Will you require assistance, now or in the future, with a visa?": help with a visa is sponsorship.
      {
        re: '(require|need)\\b.{0,60}\\b(assistance|support|help)\\b.{0,40}\\b(visa|(work |residence |residency )?permit|blue card|residence title)|\\b(visa|work permit) (assistance|support|help)|assistance (with|for|in obtaining) (a |an |your )?(work )?(visa|permit)',
        score: 1,
        on: QC,
      },
      { re: PETITION, score: 1, on: QC },
      { re: `${EMPLOYER_IMMIGRATION_CASE}|${GRANTED_NOW_ASKED_LATER}`, score: 1, on: QC },
      { re: EMPLOYER_APPLIES, score: 1, on: QC },
      // (Australia) the employer nominating the person for a visa: "lodge an employer nomination so you can stay on",
      // "Would you need us to nominate you for a subclass 482 visa?" (forms-dev47)
      {
        re: '\\bemployer nominat\\w*|\\b(lodge|file|submit)\\w*\\b[^?]{0,30}\\bnomination\\b|\\bnominat\\w*\\b[^?]{0,40}\\b(visa|subclass)\\b',
        score: 1,
        on: QC,
      },
      { re: LABOUR_MARKET_TEST, score: 1, on: QC },
      // "… apply for a Critical Skills Employment Permit or a General Employment Permit on your behalf?": the permit may be
      // named by its scheme, or two of them, before "on your behalf"
      {
        re: '(apply|file) for\\b[^?]{0,60}\\b(permits?|visas?)\\b[^?]{0,40}\\bon (your|my) behalf|on (your|my) behalf.{0,40}\\b(permit|visa|permission|sponsor)',
        score: 1,
        on: QC,
      },
      {
        re: '(benotig|brauch)\\w*\\b.{0,60}\\b(visum|aufenthaltstitel|blaue karte|rot-wei(ss|ß)-rot)|\\b(wir|uns)\\b.{0,60}\\b(visum|aufenthaltstitel|blaue karte|arbeitserlaubnis)\\b.{0,60}\\bbeantrag|(solicit|requer|ped)\\w*\\b.{0,40}\\b(autorizac\\w* de (residencia|trabalho)|visto)|unterstutzung.{0,60}(visum|visums|aufenthaltstitel|arbeitserlaubnis)|(visum|aufenthaltstitel).{0,30}(sponsor|unterstutzung)|parrainage|besoin d.un visa|patrocinio de visa|nulla osta|(trate|tratar|tratemos|solicit\\w*|pedir|richied\\w*|chied\\w*)\\b.{0,40}\\b(visto|vistos)\\b|precis\\w* (de )?(um )?visto|(necesit|requier|requerir)\\w*\\b.{0,40}\\b(visa|visado)\\b|(demande|obtention|besoin)\\b.{0,40}\\b(autorisation de travail|titre de sejour|visa)|passeport talent|(desse|dar) entrada|pedido de visto|visumverfahren|fachkrafteverfahren',
        score: 0.95,
        on: QC,
      },
      // (sv) (no) (da): the employer applying for a permit ("… ansöker om arbetstillstånd hos Migrationsverket åt dig"),
      // or the person needing one ("Behøver du visum …?")
      {
        re: `${NORDIC_EMPLOYER_APPLIES}|\\b(behov|trenger|brug for)\\w*\\b.{0,40}(${NORDIC_PERMIT})`,
        score: 0.95,
        on: QC,
      },
      { re: 'sponsorship', score: 0.55, on: ['options'] },
    ],
    negative: [
      { re: 'clearance', score: 1, on: Q },
      // The agency that sponsored a security clearance ("Sponsoring agency", forms-dev121 APS), not a visa's sponsor
      { re: '\\bsponsoring (agency|department|organi[sz]ation|body)\\b', score: 1, on: ['label'] },
      // "Current U.S. immigration status" with help "For example F-1 OPT, H-1B, TN" (forms-dev48): a status to name, whose
      // examples are visas; not whether sponsorship is needed, unless the label itself asks a need.
      { re: STATUS_TO_NAME, score: 1, on: ['label'] },
      { re: WITHOUT_SPONSORSHIP, score: 1, on: QC },
      // Money raised or sold ("the largest gift, sponsorship or event total you have secured", "sponsorship
      // packages"): a fundraiser's or a seller's sponsorship, not a visa, when no visa or permit is named.
      { re: SPONSORSHIP_AS_FUNDING, score: 1, on: Q },
    ],
  },
];
