import { useLiveQuery } from 'dexie-react-hooks';
import { interactionLog, type Person, PersonRole } from '../../../shared/domain/index.ts';
import { db } from '../../lib/db/database.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { ErrorLine } from '../../lib/ui/ErrorLine.tsx';
import { useAct } from '../../lib/ui/use-act.ts';
import { type SectionProps, text, undoToast } from './act.ts';
import { interactionFromForm, PersonCard, ROLE_LABEL } from './PersonCard.tsx';

/** People on this job (each may be on other jobs too), their interaction log, and linking someone known. */
export function PeopleSection({ jobId, onToast }: SectionProps) {
  const data = useLiveQuery(async () => {
    const everyone = (await db().people.toArray()).sort((a, b) => a.name.localeCompare(b.name));
    const here = everyone.filter((p) => p.jobIds.includes(jobId));
    const log = await db()
      .interactions.where('personId')
      .anyOf(here.map((p) => p.id))
      .toArray();
    const jobIds = [...new Set(here.flatMap((p) => p.jobIds))];
    const jobs = (await db().jobs.bulkGet(jobIds)).filter((j) => !!j);
    return { here, others: everyone.filter((p) => !p.jobIds.includes(jobId)), log, jobs };
  }, [jobId]);
  const { error, act } = useAct();
  const add = (form: HTMLFormElement) =>
    act(async () => {
      const f = new FormData(form);
      await bg.sendMessage('savePerson', {
        jobId,
        name: text(f, 'name'),
        role: text(f, 'role') as Person['role'],
        email: text(f, 'email'),
        phone: text(f, 'phone'),
        linkedinUrl: text(f, 'linkedinUrl'),
      });
      form.reset();
    });
  const link = (form: HTMLFormElement) =>
    act(async () => {
      const personId = text(new FormData(form), 'personId');
      if (!personId) throw new Error('Choose the person to link.');
      await bg.sendMessage('linkPerson', { personId, jobId });
    });
  const unlink = (person: Person) =>
    act(async () => {
      const { trashId } = await bg.sendMessage('unlinkPerson', { personId: person.id, jobId });
      onToast(undoToast(`${person.name} removed from this job`, trashId));
    });
  const log = (person: Person, form: FormData, el: HTMLFormElement) =>
    act(async () => {
      await bg.sendMessage('addInteraction', interactionFromForm(form, person.id, jobId));
      el.reset();
    });
  return (
    <section aria-labelledby="people-h">
      <h2 id="people-h">People</h2>
      {data?.here.length === 0 && <p className="muted">No one yet: add the recruiter or hiring manager.</p>}
      <ul className="entries" aria-label="People">
        {data?.here.map((p) => (
          <PersonCard
            key={p.id}
            person={p}
            jobId={jobId}
            otherJobs={data.jobs.filter((j) => j.id !== jobId && p.jobIds.includes(j.id))}
            log={interactionLog(data.log, p.id)}
            onLog={(f, el) => void log(p, f, el)}
            onUnlink={() => void unlink(p)}
          />
        ))}
      </ul>
      {data && data.others.length > 0 && (
        <form
          className="row"
          style={{ marginTop: 8 }}
          onSubmit={(e) => {
            e.preventDefault();
            void link(e.currentTarget);
          }}
        >
          <select name="personId" aria-label="Someone you know">
            <option value="">Someone you know…</option>
            {data.others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({ROLE_LABEL[p.role]})
              </option>
            ))}
          </select>
          <button type="submit">Link to this job</button>
        </form>
      )}
      <details>
        <summary>Add a person</summary>
        <form
          className="form-grid"
          aria-label="Add a person"
          onSubmit={(e) => {
            e.preventDefault();
            void add(e.currentTarget);
          }}
        >
          <label>
            Name
            <input name="name" />
          </label>
          <label>
            Role
            <select name="role" defaultValue="recruiter">
              {PersonRole.options.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Email
            <input name="email" type="text" />
          </label>
          <label>
            Phone
            <input name="phone" />
          </label>
          <label>
            LinkedIn
            <input name="linkedinUrl" placeholder="https://www.linkedin.com/in/…" />
          </label>
          <button type="submit" className="primary">
            Add person
          </button>
        </form>
      </details>
      <ErrorLine error={error} />
    </section>
  );
}
