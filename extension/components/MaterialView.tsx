import { useState } from 'react';
import type { Artifact, Profile } from '../../shared/domain/index.ts';
import { diffAgainstMaster } from '../../shared/materials/diff.ts';
import { claimsOf } from '../../shared/materials/fabricate.ts';
import { type MaterialJob, renderLines } from '../../shared/materials/index.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { readMaterial } from '../lib/services/materials.ts';
import { ExportButtons } from './ExportButtons.tsx';

const CHANGE_LABEL = {
  emphasised: 'Emphasised',
  reordered: 'Reordered',
  reworded: 'Reworded',
  left_out: 'Left out',
};

/** One version: how it was made, its text, what was left out and why, the diff, and editing. */
export function MaterialView({
  artifact,
  profile,
  job,
}: {
  artifact: Artifact;
  profile: Profile;
  job: MaterialJob;
}) {
  const material = readMaterial(artifact);
  const [editing, setEditing] = useState<Map<string, string> | null>(null);
  const claims = claimsOf(material.doc);
  const lines = renderLines(material.doc, profile, job);
  const save = async () => {
    if (!editing) return;
    const doc = structuredClone(material.doc);
    for (const { path, claim } of claimsOf(doc)) claim.text = editing.get(path) ?? claim.text;
    await bg.sendMessage('editMaterial', { artifactId: artifact.id, doc });
    setEditing(null);
  };
  return (
    <div className="stack" data-testid="material-view">
      <p className="small muted" data-testid="material-label">
        {material.label}
      </p>
      {editing ? (
        <div className="stack">
          {claims.map(({ path, claim }) => (
            <textarea
              key={path}
              aria-label={`Edit: ${claim.text.slice(0, 40)}`}
              value={editing.get(path) ?? claim.text}
              onChange={(e) => setEditing(new Map(editing).set(path, e.target.value))}
              rows={2}
            />
          ))}
          <div className="row">
            <button type="button" className="primary" onClick={() => void save()}>
              Save as a new version
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="material-text" data-testid="material-text">
          {lines.map((line) =>
            line.kind === 'heading' || line.kind === 'name' ? (
              <h4 key={`${line.kind}:${line.text}`}>{line.text}</h4>
            ) : (
              <p
                key={`${line.kind}:${line.text}`}
                className={line.kind === 'contact' ? 'small muted' : undefined}
              >
                {line.kind === 'bullet' ? `• ${line.text}` : line.text}
              </p>
            ),
          )}
          {claims.length > 0 && (
            <button type="button" onClick={() => setEditing(new Map())}>
              Edit
            </button>
          )}
          {(material.doc.kind === 'resume' || material.doc.kind === 'cover_letter') && (
            <ExportButtons lines={lines} profile={profile} kind={material.doc.kind} />
          )}
        </div>
      )}
      {material.notes.length > 0 && (
        <div className="notice warn small" data-testid="material-notes">
          <strong>Not shown ({material.notes.length}):</strong>
          <ul>
            {material.notes.map((n) => (
              <li key={`${n.text}-${n.reason}`}>
                “{n.text}” — {n.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {material.doc.kind === 'resume' && (
        <details data-testid="material-diff">
          <summary>Changes from your master resume</summary>
          <ul className="small">
            {diffAgainstMaster(material.doc, profile).map((d) => (
              <li key={`${d.change}-${d.where}-${d.text}`}>
                <strong>{CHANGE_LABEL[d.change]}</strong> · {d.where}: {d.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
