import { useState } from 'react';
import { COACH_NAME_MAX } from '../../shared/coach/protocol.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { useAct } from '../lib/ui/use-act.ts';

/** Changes the name the other side sees on one relationship: one's own name only (the server picks the side). */
export function CoachRename(props: {
  relationshipId: string;
  current: string | null;
  /** The other side, in a sentence ("Grace Hopper", "your coach (since …)"). */
  other: string;
  onDone: () => void | Promise<void>;
}) {
  const [name, setName] = useState(props.current ?? '');
  const { error, act } = useAct();
  const save = () =>
    act(async () => {
      await bg.sendMessage('renameInCoachRelationship', {
        relationshipId: props.relationshipId,
        displayName: name.trim(),
      });
      await props.onDone();
    });
  return (
    <details className="small">
      <summary style={{ overflowWrap: 'anywhere' }}>Change the name {props.other} sees</summary>
      <div className="row">
        <input
          aria-label={`Your name, as ${props.other} sees it`}
          value={name}
          maxLength={COACH_NAME_MAX}
          placeholder="Optional"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="button" onClick={() => void save()}>
          Save name
        </button>
      </div>
      <ErrorLine error={error} small />
    </details>
  );
}
