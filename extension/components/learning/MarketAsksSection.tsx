import { useLiveQuery } from 'dexie-react-hooks';
import { skillsToLearn } from '../../../shared/learning/recommend.ts';
import { db } from '../../lib/db/database.ts';
import { listCourses } from '../../lib/learning/courses.ts';
import { SkillCourses } from './SkillCourses.tsx';

/**
 * "What the market asks for": the skills your pursued jobs ask for that you lack, recomputed whenever
 * jobs, matches or the profile change (a live query over all of them). No course links or durations
 * are suggested: only the jobs that ask and the related skills you already have.
 */
export function MarketAsksSection() {
  const recs = useLiveQuery(async () => {
    const d = db();
    const [jobs, matches, profile, personas, courses] = await Promise.all([
      d.jobs.toArray(),
      d.matches.toArray(),
      d.profiles.toCollection().first(),
      d.personas.toArray(),
      listCourses(d),
    ]);
    const persona = personas.find((p) => p.active) ?? null;
    return skillsToLearn({ jobs, matches, profile: profile ?? null, persona }).map((r) => ({
      ...r,
      courses: courses.filter((c) => c.skill === r.skill),
    }));
  }, []);
  return (
    <section className="card stack" aria-labelledby="market-h" data-testid="market-asks">
      <h2 id="market-h">What the market asks for</h2>
      <p className="muted small">
        Skills your saved and applied jobs ask for that your profile lacks, most asked for first. Add a skill
        to your profile when you have it; it drops off this list.
      </p>
      {recs?.length === 0 && (
        <p className="empty">
          Nothing yet: save some jobs and fill in your profile's skills to see the gaps.
        </p>
      )}
      <ol className="stack" aria-label="Skills to learn">
        {recs?.map((r) => (
          <li key={r.skill} className="stack small" aria-label={r.skill}>
            <div className="row">
              <strong>{r.skill}</strong>
              <span className="muted">
                asked for by {r.jobs.length} job{r.jobs.length === 1 ? '' : 's'}
                {r.required < r.jobs.length ? ` (${r.required} require it)` : ''}
              </span>
            </div>
            {r.shortStepFrom.length > 0 && (
              <span>Short step from what you know: {r.shortStepFrom.join(', ')}</span>
            )}
            <span className="muted">
              {r.jobs.map((j, i) => (
                <span key={j.id}>
                  {i > 0 && ' · '}
                  <a href={j.url} target="_blank" rel="noreferrer">
                    {j.title}
                  </a>{' '}
                  at {j.company}
                </span>
              ))}
            </span>
            <SkillCourses skill={r.skill} courses={r.courses} />
          </li>
        ))}
      </ol>
    </section>
  );
}
