import {
  EXPERIENCE_QUESTION,
  LONG_TEXT_NOT_A_LINK,
  NOT_AN_EXAMPLE,
  PROFILE_RULED_OUT,
  pieceOnSite,
} from './links-asked.ts';
import { L, LN, TEXTY, type TypeRule } from './shared.ts';

/** Profile links, the resume and the cover letter. */
export const LINK_AND_DOCUMENT_RULES: TypeRule[] = [
  {
    type: 'linkedin_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [{ re: 'linked ?in', score: 1, on: LN }],
    negative: [
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
      { re: LONG_TEXT_NOT_A_LINK, score: 1, on: L },
      { re: PROFILE_RULED_OUT, score: 1, on: L },
      NOT_AN_EXAMPLE,
    ],
  },
  {
    type: 'github_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [{ re: 'git ?hub', score: 1, on: LN }],
    negative: [
      // A GitLab-only box is not for a GitHub URL; "GitHub / GitLab" is. A bare username is not a URL, but
      // "GitHub username or profile" takes the profile link too.
      {
        re: '^(?!.*git ?hub).*git ?lab|^(?!.*\\b(profile|url|link)\\b).*(user ?name|handle)',
        score: 1,
        on: L,
      },
      // A project or repository to point at is not the person's GitHub profile.
      {
        re: '\\b(repo(sitory)?|proyecto|project|projet|projekt)\\b|项目|仓库|プロジェクト|リポジトリ',
        score: 1,
        on: L,
      },
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
      { re: LONG_TEXT_NOT_A_LINK, score: 1, on: L },
      { re: PROFILE_RULED_OUT, score: 1, on: L },
      NOT_AN_EXAMPLE,
    ],
  },
  {
    type: 'portfolio_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [
      { re: 'portfolio|behance|dribbble', score: 1, on: LN },
      // "Where can we see your work?": a link to the work itself
      {
        re: '^where can (we|i) (see|find|look at) (some of |examples of )?your (work|designs?|projects)\\b|^(show|link) us (some of )?your work\\b',
        score: 0.9,
        on: L,
      },
    ],
    negative: [
      {
        re: 'upload|attach|file|invest|stock|asset|client|project portfolio|portfolio manag|password|passcode|\\bpin\\b',
        score: 1,
        on: L,
      },
      { re: EXPERIENCE_QUESTION, score: 1, on: L },
      // "If you keep a class blog or a digital portfolio of pupils' work, you can describe it here – …": writing asked
      { re: LONG_TEXT_NOT_A_LINK, score: 1, on: L },
      // "a Dribbble shot": one piece on a portfolio site, not the portfolio
      { re: pieceOnSite('(dribbble|behance)'), score: 1, on: L },
      NOT_AN_EXAMPLE,
    ],
  },
  {
    type: 'website_url',
    kinds: [...TEXTY, 'textarea'],
    positive: [
      {
        re: 'web ?site|web ?page|home ?page|personal (site|page|url|link)|\\bblog\\b|^url$|other (url|link)',
        score: 0.95,
        on: LN,
      },
      {
        re: '\\bwebseite\\b|\\bsite web\\b|\\bsitio web\\b|\\bpagina web\\b|\\bsite pessoal\\b|\\bblogue\\b|\\bsito (web )?personale\\b|\\bsite (web )?personnel\\b',
        score: 0.9,
        on: L,
      },
      { re: '\\burls?\\b', score: 0.7, on: ['name'] },
    ],
    negative: [
      {
        // a profile on a named site (social, academic, coding) is that site's link, not the person's own site;
        // a recorded video (a Loom or Vimeo intro) is a clip to watch, not the person's site either
        re: 'twitter|facebook|instagram|tiktok|youtube|\\bvideos?\\b|\\bloom\\b|vimeo|wistia|x\\.com|linked ?in|git ?hub|git ?lab|portfolio|stack ?overflow|dribbble|behance|medium|\\bscholar\\b|research ?gate|\\borcid\\b|\\bxing\\b|kaggle|leet ?code|hacker ?rank|code ?pen|mastodon|bluesky|angel ?list|wellfound|company|employer|job|posting|sample|blog post|article|publication|case study',
        score: 1,
        on: ['label', 'name'],
      },
      // the site of something the question names ("Name one restaurant … and paste its website", "their home
      // page", a placeholder "That school's website" under the current school): that place's, not the person's own
      {
        re: "\\b(its|their)( own)? (web ?site|web ?page|home ?page|url)\\b|\\b(?!(your|my|applicant|candidate)\\b)[a-z]+('s|s'|’s) (own )?(web ?site|web ?page|home ?page)\\b",
        score: 1,
        on: ['label', 'placeholder'],
      },
      NOT_AN_EXAMPLE,
    ],
  },
  {
    type: 'resume_file',
    kinds: ['file'],
    positive: [
      {
        // (ja) 履歴書 / 職務経歴書, (zh) 简历, (pl) życiorys, (ko) 이력서; "Curriculum" alone or as "curriculum vitae", not a
        // school's ("courses you could teach in our GIS curriculum", an Interfolio teaching statement, forms-dev63)
        re: 'resume|\\bcv\\b|curriculum vitae|^curriculum\\b|curriculo|lebenslauf|hoja de vida|zyciorys|履歴書|職務経歴書|简历|簡歷|이력서',
        score: 1,
        on: [...LN, 'context'],
      },
    ],
    negative: [
      {
        // Another document named before any resume word ("Attach your resume and any certificates" is the resume).
        re: '^(?:(?!resume|\\bcv\\b|curriculum).)*(cover|motivation|photo|picture|image|avatar|transcript|writing sample|portfolio|certificat|statement|syllabus|publication)',
        score: 1,
        on: LN,
      },
    ],
  },
  {
    type: 'cover_letter_file',
    kinds: ['file'],
    positive: [
      {
        re: 'cover(ing)? ?letter|motivation|motivacao|motivazion|anschreiben|lettre de motivation|carta de presentacion|carta de apresentacao|lettera di presentazione|motivatiebrief|personligt brev|list motywacyjny',
        score: 1,
        on: [...LN, 'context'],
      },
      // (UK) a supporting or personal statement sent as a document ("Or upload your supporting statement as a document
      // (PDF or Word)", forms-dev46 NHS): the letter by its public-sector name (the file only; not the section's context)
      { re: '\\b(supporting|personal) statement\\b', score: 0.95, on: LN },
      // "Attach the letter": the one letter an application takes is the cover letter
      {
        re: '^((allega|attach|joindre|adjuntar|anexar|carica|upload|importer|telecharger|deposer|ajouter|subir|cargar)\\s+)?(la |il |your |my |a |the |votre |ma |tu |mi |sua )?(lettera|letter|lettre|carta)$',
        score: 0.9,
        on: L,
      },
    ],
    // Another document asked in the statement's section ("Upload your EHRB registration certificate", forms-dev75
    // council form): the certificate, not the letter
    negative: [
      {
        re: '\\b(certificates?|certification|licen[cs]e|registration|transcripts?|diploma|passport|visa|degree)\\b',
        score: 1,
        on: ['label'],
      },
    ],
  },
  {
    type: 'cover_letter_text',
    kinds: ['textarea'],
    positive: [
      {
        re: 'cover ?(letter|note)|motivation letter|personal letter|personligt brev|anschreiben|motivationsschreiben|lettre de motivation|carta de presentacion|carta de apresentacao|lettera di presentazione|motivatiebrief|sollicitatiebrief|^motivati(e|on|vation)$|^motivacion$|^(志望動機|志望理由|지원 ?동기|求职信|自荐信)$',
        score: 1,
        on: [...LN, 'description'],
      },
      // SmartRecruiters' "Message to the Hiring Team: Let the company know about your interest working there": the
      // free letter the candidate writes to the employer, the cover letter by another name.
      {
        re: '^message to the hiring (team|manager)\\b|\\byour interest (in )?working (there|here|for us|with us)\\b',
        score: 0.9,
        on: [...LN, 'context'],
      },
    ],
    // "Why are you looking out? (Not a cover letter; 2-3 lines is fine)": the hint says what the box is not.
    negative: [
      {
        re: '\\b(not|no|isn.t|is not) (a |an |your )?(cover ?(letter|note)|motivation letter)\\b',
        score: 1,
        on: [...LN, 'description'],
      },
    ],
  },
];
