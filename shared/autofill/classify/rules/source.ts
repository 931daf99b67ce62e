import { ANY_ANSWER, Q, REFERRER, type TypeRule } from './shared.ts';

/** The referring person's name or staff number ("Employee's name or staff ID"): who, not the channel. */
const WHO_REFERRED = "\\b(employee|staff|colleague|friend)('?s)?\\b.{0,30}\\b(name|id|number)\\b";

/** How the person heard of the job: the channel, never the referrer's own details. */
export const SOURCE_RULES: TypeRule[] = [
  {
    type: 'how_did_you_hear',
    kinds: ANY_ANSWER,
    positive: [
      // (pl) (ja) (zh) (ko): how the person heard of the job
      {
        re: '지원 ?경로|(어떻게|어디서) (알게|보고)|skad (sie )?dowiedzial|skad wiesz|(何|どこ)で(知|見)|知ったきっかけ|応募(の)?(きっかけ|経路)|(渠道|途径)(了解|得知)|如何得知|从哪里(了解|得知|看到)',
        score: 0.9,
        on: [...Q, 'placeholder'],
      },
      {
        // (also asked indirectly: "Tell us how you learned about this opening", "Let us know how you found us")
        re: 'how did you (first )?(hear|learn|come across|come to (learn|know|hear))|\\bhow you (first )?(heard|learn(ed|t)|found out|found|came across|came to (learn|know|hear))( about| of)? (us\\b|(this|our|the) (job|role|position|vacancy|posting|opening|opportunity|company|advert\\w*|ad|listing)\\b)|how did you (first )?find (us|out (about|of)|this|our|the (job|role|position|vacancy|posting|opening|ad(vert)?))\\b|where did you (first )?(hear|find|see|learn|come across)|hear about (us|this)|come to (learn|know|hear) (about|of) (us|this)|find out about (us|this)|referral source|^(candidate |application |applicant |recruitment |referral )?source( type)?$|source of (application|referral)|^recruiting channel$',
        score: 0.95,
        on: [...Q, 'name'],
      },
      {
        re: 'wie (haben|sind|bist|hast) (sie|du) .*(erfahren|aufmerksam)|comment avez-vous (connu|decouvert|trouve|entendu parler)|ou avez-vous (vu|trouve|decouvert)|como (te|se) (entero|enteraste)|como nos (has|ha|habeis) conocido|como (conociste|conocio|encontraste|descubriste) (esta|la) (oferta|vacante)|hoe ben je (bij ons|op|hier) (terecht|gekomen)|hoe (ben je|ben jij|bent u) (bij|op|hier)\\b.{0,30}\\bterecht|hoe heb je (over|van) (ons|deze vacature) gehoord|hoe heb je (deze vacature|ons) gevonden|waar heb je (deze vacature|over ons)|como (voce |tu )?(soubeste|soube|ficou sabendo|ficaste a saber|conheceu|nos conheceu|chegou)|onde (nos )?(viste|viu|encontrou|encontraste)|come (sei venut[oa]|hai saputo|ci hai conosciut[oa]|hai conosciuto)|fonte (di reclutamento|da candidatura)|(como|onde) (teve|tomou|tiveste|tomaste) conhecimento|(como|donde) (tuvo|tuviste) conocimiento|comment avez-vous eu connaissance',
        score: 0.9,
        on: [...Q, 'placeholder'],
      },
      // Who or what showed the person the job: "Who or what pointed you to this opening?" (forms-dev48), "What directed
      // you to this role?", "Who told you about this vacancy?", "Where did you spot this job?" (not "What led you to apply?",
      // a motive; not "Who referred you to this position?", which asks for the referrer, a person)
      {
        re: '\\b(who|what)( or (who|what))? (pointed|directed|sent|told|alerted|tipped) you (off )?(to|about|towards|of)\\b[^?]{0,30}\\b(us|job|role|position|vacancy|posting|opening|opportunity|advert\\w*|ad|listing)\\b|\\bwhere did you (first )?(spot|discover|notice|come upon|stumble (on|upon|across))\\b',
        score: 0.9,
        on: [...Q, 'placeholder'],
      },
      // (sv) (no) (da): "Var såg du annonsen?", "Hur hittade du oss?", "Hvor så du stillingen?", "Hvordan hørte du om os?"
      {
        re: '\\b(var|hvor) (sag|sa) du (annons|annonc|stilling|tjanst|jobb|job|platsannons)\\w*|\\bhur (hittade|fick) du (oss|tjansten|jobbet|annonsen|reda|veta|hora)\\b|\\bhur horde du\\b|\\bhvordan (fikk|fik|horte|fant|fandt|blev) du\\b',
        score: 0.9,
        on: [...Q, 'placeholder'],
      },
    ],
    // "Referring employee's e-mail address" under "How did you find us?": how to reach the referrer, not the channel.
    negative: [
      {
        re: `\\b(e-?mail|phone|telephone)\\b|${REFERRER}.{0,40}\\bname\\b|\\bname\\b.{0,40}${REFERRER}|${WHO_REFERRED}`,
        score: 1,
        on: ['label'],
      },
    ],
  },
];
