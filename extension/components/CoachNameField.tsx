import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { COACH_NAME_MAX } from '../../shared/coach/protocol.ts';
import { personName } from '../../shared/domain/index.ts';
import { db } from '../lib/db/database.ts';

/** The name this person gives the other side: their profile's name until they type their own. */
export function useOwnDisplayName(): [string, (name: string) => void] {
  const fromProfile = useLiveQuery(async () => {
    const profile = await db().profiles.toCollection().first();
    return profile ? personName(profile) : '';
  }, []);
  const [typed, setTyped] = useState<string | null>(null);
  return [typed ?? fromProfile ?? '', setTyped];
}

/** "Your name, as your coach will see it": plain text, at most COACH_NAME_MAX characters. */
export function CoachNameField(props: {
  seenBy: 'coach' | 'client';
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      Your name, as your {props.seenBy} will see it
      <input
        value={props.value}
        maxLength={COACH_NAME_MAX}
        autoComplete="name"
        placeholder="Optional"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
