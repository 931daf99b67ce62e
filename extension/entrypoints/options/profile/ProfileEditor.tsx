import { useCallback, useState } from 'react';
import { BasicsSection } from './BasicsSection.tsx';
import { EeoSection } from './EeoSection.tsx';
import { HistorySections } from './HistorySections.tsx';
import { PersonasSection } from './PersonasSection.tsx';
import { ResumeImport } from './ResumeImport.tsx';
import { SkillsSection } from './SkillsSection.tsx';
import { SummarySection } from './SummarySection.tsx';
import { type SaveStatus, useProfileDraft } from './useProfileDraft.ts';

interface Notice {
  message: string;
  action?: { label: string; run: () => void };
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'All changes saved',
  invalid: 'Fix the fields marked in red to save',
  error: '',
};

/** The full-page profile editor: autosaves, validates as you type, and lets you undo deletes. */
export function ProfileEditor() {
  const { draft, update, errors, status, message } = useProfileDraft();
  // The latest event (an import, a removal with its Undo) sits in the sticky bar, beside the save
  // state, so it never covers the form; the next event replaces it.
  const [notice, setNotice] = useState<Notice | null>(null);
  const onDeleted = useCallback(
    (label: string, undo: () => void) =>
      setNotice({ message: `Removed ${label}`, action: { label: 'Undo', run: undo } }),
    [],
  );
  if (!draft) return <p className="muted">Loading your profile…</p>;
  return (
    <div className="stack">
      <div
        className="row"
        style={{
          justifyContent: 'space-between',
          position: 'sticky',
          top: 0,
          background: 'var(--bg)',
          padding: '6px 0',
          zIndex: 1,
        }}
      >
        <h2 style={{ margin: 0 }}>Profile</h2>
        {notice && (
          <span className="row small" data-testid="profile-notice">
            <span role="status">{notice.message}</span>
            {notice.action && (
              <button
                type="button"
                onClick={() => {
                  notice.action?.run();
                  setNotice(null);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </span>
        )}
        <span
          className={`small ${status === 'invalid' || status === 'error' ? '' : 'muted'}`}
          role="status"
          data-testid="save-status"
        >
          {message ?? STATUS_TEXT[status]}
        </span>
      </div>
      <ResumeImport onImported={(message) => setNotice({ message })} />
      <BasicsSection profile={draft} update={update} errors={errors} />
      <SummarySection
        summary={draft.summary}
        error={errors.summary}
        onChange={(summary) => update((p) => ({ ...p, summary }))}
      />
      <SkillsSection
        skills={draft.skills}
        onChange={(fn) => update((p) => ({ ...p, skills: fn(p.skills) }))}
        onDeleted={onDeleted}
      />
      <HistorySections profile={draft} update={update} errors={errors} onDeleted={onDeleted} />
      <EeoSection eeo={draft.eeo} onChange={(eeo) => update((p) => ({ ...p, eeo }))} />
      <PersonasSection onDeleted={onDeleted} onError={(m) => setNotice({ message: m })} />
    </div>
  );
}
