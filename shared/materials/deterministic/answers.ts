// Answers to an application's custom questions with no model: the bullets that share the most
// words with the question (and the posting's skills), told in the first person.
import { contentWords } from '../../match/profile.ts';
import type { AnswersDoc, Claim } from '../schema.ts';
import { JOB_ID, type MaterialJob } from '../sources.ts';
import type { Evidence } from './evidence.ts';
import { firstPerson, listOf } from './phrases.ts';

const WHY = /\bwhy\b|\binterest|\bmotivat|\bexcite/i;

export function deterministicAnswers(job: MaterialJob, ev: Evidence, questions: string[]): AnswersDoc {
  return {
    kind: 'answers',
    answers: questions.map((question) => {
      const words = contentWords(question);
      const relevance = (text: string, score: number) => {
        let shared = 0;
        for (const w of contentWords(text)) if (words.has(w)) shared++;
        return shared * 2 + score;
      };
      const picked = ev.bullets
        .map((b) => ({ b, r: relevance(b.text, b.score) }))
        .filter((x) => x.r > 0)
        .sort((x, y) => y.r - x.r)
        .slice(0, 2);
      const sentences: Claim[] = [];
      const asked = ev.skills.filter((s) => s.weight > 0).slice(0, 3);
      if (WHY.test(question) && asked.length && job.company)
        sentences.push({
          text: `The ${job.title} role at ${job.company} fits my experience with ${listOf(asked.map((s) => s.name))}.`,
          sources: [JOB_ID, ...new Set(asked.map((s) => s.sources[0]))],
        });
      for (const { b } of picked) sentences.push({ text: firstPerson(b, 'formal'), sources: [b.id] });
      return { question, sentences };
    }),
  };
}
