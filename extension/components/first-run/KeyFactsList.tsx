import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { KeyFacts } from '../../../shared/domain/first-run.ts';
import type { Profile } from '../../../shared/domain/index.ts';
import { emptyProfile } from '../../lib/services/profile.ts';
import { type FactFormProps, NameForm, PlaceForm, TitlesForm, WorkRightsForm } from './fact-forms.tsx';

type FactKey = keyof KeyFacts;

const FACTS: readonly { key: FactKey; label: string; missing: string; Form: ComponentType<FactFormProps> }[] =
  [
    { key: 'name', label: 'Name', missing: 'add your name', Form: NameForm },
    { key: 'place', label: 'Location', missing: 'add where you live', Form: PlaceForm },
    {
      key: 'workRights',
      label: 'Work rights',
      missing: 'add the countries where you may work',
      Form: WorkRightsForm,
    },
    { key: 'titles', label: 'Target titles', missing: 'add the job titles you want', Form: TitlesForm },
  ];

/**
 * The key facts in words, each with an Edit button that opens its small form in place (one at a
 * time), so a new user fixes a fact without leaving the panel. Closing a form, saved or not, puts the
 * focus back on that fact's Edit button.
 */
export function KeyFactsList({ facts, profile }: { facts: KeyFacts; profile: Profile | null }) {
  const [editing, setEditing] = useState<FactKey | null>(null);
  const editButtons = useRef<Partial<Record<FactKey, HTMLButtonElement | null>>>({});
  const refocus = useRef<FactKey | null>(null);
  useEffect(() => {
    if (editing !== null || !refocus.current) return;
    editButtons.current[refocus.current]?.focus();
    refocus.current = null;
  }, [editing]);
  const close = (key: FactKey) => () => {
    refocus.current = key;
    setEditing(null);
  };

  return (
    <dl className="stack" style={{ margin: 0 }} data-testid="key-facts">
      {FACTS.map(({ key, label, missing, Form }) => (
        <div key={key} className="stack" style={{ gap: 2 }} data-fact={key}>
          <dt className="muted">{label}</dt>
          <dd className="row" style={{ margin: 0, justifyContent: 'space-between', flexWrap: 'nowrap' }}>
            <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {facts[key] ?? <em>Missing: {missing}</em>}
            </span>
            {editing !== key && (
              <button
                type="button"
                ref={(el) => {
                  editButtons.current[key] = el;
                }}
                aria-label={`Edit ${label.toLowerCase()}`}
                onClick={() => setEditing(key)}
              >
                Edit
              </button>
            )}
          </dd>
          {editing === key && (
            <dd style={{ margin: 0 }}>
              <Form profile={profile ?? emptyProfile()} onClose={close(key)} />
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
