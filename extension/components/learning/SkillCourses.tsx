import { useState } from 'react';
import type { UserCourse } from '../../../shared/learning/courses.ts';
import { backgroundMessenger as bg } from '../../lib/messaging.ts';
import { useAct } from '../../lib/ui/use-act.ts';

/** The courses the user added for one skill, and a small form to add one. Nothing here is suggested. */
export function SkillCourses({ skill, courses }: { skill: string; courses: UserCourse[] }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const { error, act } = useAct();
  const add = () =>
    act(async () => {
      await bg.sendMessage('addCourse', { skill, title, url });
      setTitle('');
      setUrl('');
      setOpen(false);
    });
  return (
    <div className="stack small">
      {courses.map((c) => (
        <span key={c.addedAt} className="row">
          Your course:{' '}
          {c.url ? (
            <a href={c.url} target="_blank" rel="noreferrer">
              {c.title}
            </a>
          ) : (
            c.title
          )}
          <button
            type="button"
            className="linkish"
            onClick={() => void bg.sendMessage('removeCourse', { skill, addedAt: c.addedAt })}
          >
            Remove
          </button>
        </span>
      ))}
      {open ? (
        <form
          className="row"
          aria-label={`Add a course for ${skill}`}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <input aria-label="Course name" value={title} onChange={(e) => setTitle(e.target.value)} />
          <input
            aria-label="Course link"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://… (optional)"
          />
          <button type="submit">Add</button>
        </form>
      ) : (
        <button type="button" className="linkish" onClick={() => setOpen(true)}>
          Add a course you chose for {skill}
        </button>
      )}
      {error && (
        <span className="notice error small" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
