import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { AuthStatus } from '../lib/auth/session.ts';
import { backgroundMessenger as bg } from '../lib/messaging.ts';
import type { SyncStatus } from '../lib/sync/runner.ts';
import { CheckboxRow } from '../lib/ui/CheckboxRow.tsx';
import { ErrorLine } from '../lib/ui/ErrorLine.tsx';
import { Loading } from '../lib/ui/Loading.tsx';
import { useAct } from '../lib/ui/use-act.ts';
import { CoachSharing } from './CoachSharing.tsx';
import { DeleteServerData } from './DeleteServerData.tsx';
import { ReplacedProfileFields } from './ReplacedProfileFields.tsx';
import { RestoreProgress } from './RestoreProgress.tsx';

// Clerk's UI is large: loaded only in builds configured with a publishable key.
const ClerkAccount = lazy(() => import('./ClerkAccount.tsx'));

function describeSync(s: SyncStatus | null): string {
  if (!s) return '';
  if (s.state === 'ok') {
    // Refused changes stay in this browser; say so instead of letting them vanish from view.
    const refused = s.report.rejected;
    const note = refused.length
      ? ` ${refused.length} change${refused.length > 1 ? 's' : ''} kept only in this browser: ${refused[0]?.reason}`
      : '';
    return `Synced ${new Date(s.at).toLocaleTimeString()}.${note}`;
  }
  if (s.state === 'error') return `Sync failed: ${s.message}${s.retryInMs ? ' Retrying automatically.' : ''}`;
  if (s.state === 'syncing') return 'Syncing…';
  return s.reason === 'signed_out' ? 'Sign in to sync.' : 'Sync is off.';
}

/** Account and sync: local-only until the user signs in and turns sync on. */
export function AccountPanel() {
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const { error, act: run } = useAct();
  const [wipe, setWipe] = useState(false);
  const refresh = useCallback(() => void bg.sendMessage('authStatus', undefined).then(setStatus), []);
  useEffect(() => refresh(), [refresh]);
  const act = async (fn: () => Promise<unknown>) => {
    await run(fn);
    refresh();
  };
  if (!status) return <Loading label="Loading your account" />;
  return (
    <section className="stack" aria-label="Account">
      <div className="notice" data-testid="account-status">
        {status.signedIn
          ? `Signed in as ${status.userId} (${status.provider === 'local' ? 'local backend' : 'Clerk'}). Sync is ${status.syncEnabled ? 'on' : 'off'}.`
          : 'Not signed in. Everything stays in this browser.'}
      </div>
      {!status.signedIn && status.clerkAvailable && (
        <Suspense fallback={<p className="muted small">Loading sign-in…</p>}>
          <ClerkAccount onChange={refresh} />
        </Suspense>
      )}
      {import.meta.env.WXT_LOCAL_DEV === '1' && !status.signedIn && status.localSignInAvailable && (
        <button
          type="button"
          onClick={() => void act(() => bg.sendMessage('localSignIn', { userId: 'user_local_dev' }))}
        >
          Sign in to the local backend (development)
        </button>
      )}
      {!status.signedIn && !status.clerkAvailable && !status.localSignInAvailable && (
        <p className="muted small">
          This build has no sign-in configured (see README: pointing at real services).
        </p>
      )}
      {status.signedIn && (
        <>
          <CheckboxRow
            checked={status.syncEnabled}
            onChange={(enabled) =>
              void act(async () => setSync(await bg.sendMessage('setSync', { enabled })))
            }
          >
            Sync my pipeline across devices
          </CheckboxRow>
          {status.syncEnabled && (
            <button
              type="button"
              onClick={() => void act(async () => setSync(await bg.sendMessage('syncNow', undefined)))}
            >
              Sync now
            </button>
          )}
          <p className="small muted" role="status" data-testid="sync-status">
            {describeSync(sync)}
          </p>
          {status.syncEnabled && <RestoreProgress />}
          <ReplacedProfileFields />
          <CheckboxRow checked={wipe} onChange={setWipe}>
            Also delete the data in this browser
          </CheckboxRow>
          <button type="button" onClick={() => void act(() => bg.sendMessage('signOut', { wipe }))}>
            Sign out
          </button>
          <DeleteServerData userId={status.userId} onDone={refresh} />
          <CoachSharing syncEnabled={status.syncEnabled} />
        </>
      )}
      <ErrorLine error={error} />
      <p className="muted small">Backend: {status.backendUrl ?? 'none set'}</p>
    </section>
  );
}
