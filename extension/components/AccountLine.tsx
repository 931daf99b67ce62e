import { useEffect, useState } from 'react';
import type { AuthStatus } from '../lib/auth/session.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import { openSidePanel } from '../lib/ui/open-side-panel.ts';
import { RestoreProgress } from './RestoreProgress.tsx';

/** One line in the popup: where the data lives, and a way to the account settings. */
export function AccountLine() {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  useEffect(() => {
    void bg.sendMessage('authStatus', undefined).then(setStatus, () => setStatus(null));
  }, []);
  if (!status) return null;
  const text = !status.signedIn
    ? 'Local only: nothing leaves this browser.'
    : status.syncEnabled
      ? `Syncing as ${status.userId}.`
      : `Signed in as ${status.userId}; sync is off.`;
  return (
    <footer
      className="row small muted"
      style={{ justifyContent: 'space-between' }}
      data-testid="account-line"
    >
      <div className="stack">
        {text}
        {status.signedIn && status.syncEnabled && <RestoreProgress whileActive />}
      </div>
      <button type="button" onClick={() => void openSidePanel()}>
        {status.signedIn ? 'Account' : 'Sign in'}
      </button>
    </footer>
  );
}
