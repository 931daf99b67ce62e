import { getToken } from '../lib/auth/session.ts';
import { settingsTransport } from '../lib/auth/transport.ts';
import { registerBrowserUi } from '../lib/background/browser-ui.ts';
import { registerHandlers } from '../lib/background/handlers.ts';
import { registerJobDetailHandlers } from '../lib/background/job-detail-handlers.ts';
import { registerReminderAlarms } from '../lib/background/reminder-alarms.ts';
import { db } from '../lib/db/database.ts';
import { uploadPendingDocuments } from '../lib/services/document-files.ts';
import { recomputeMatches } from '../lib/services/matches.ts';
import { installSync } from '../lib/sync/index.ts';
import { watchApplications } from '../lib/sync/realtime.ts';
import { realtimeTarget } from '../lib/sync/realtime-target.ts';
import { registerWatch } from '../lib/watch/background.ts';

// The service worker: the only writer of the local database. Listeners register synchronously so
// a message that wakes the worker finds its handler. Sync joins the database before its first use
// and stays off the network unless the user signed in and turned it on.
export default defineBackground(() => {
  const database = db();
  // Hosted projects push application changes over Realtime (a sync at once); polling stays the fallback.
  const realtime = watchApplications(() => void sync.then((runner) => runner.schedule()));
  const sync = installSync(database, {
    getToken: () => getToken(database),
    transport: settingsTransport(database),
    // Files follow their rows: after each good sync, upload resumes the server does not have yet.
    onStatus: (status) => {
      if (status.state === 'ok') void uploadPendingDocuments(database).catch(() => undefined);
      if (status.state === 'ok' || status.state === 'off')
        void realtimeTarget(database)
          .then((target) => realtime.update(status.state === 'ok' ? target : null))
          .catch(() => undefined);
    },
  });
  // Company watch: a saved posting is scored like any saved job.
  const watch = registerWatch(database, (saved) => recomputeMatches(database, [saved.job.id]));
  registerHandlers(database, sync, watch);
  registerJobDetailHandlers(database);
  registerBrowserUi(database);
  registerReminderAlarms(database);
});
