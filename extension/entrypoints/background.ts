import { registerBrowserUi } from '../lib/background/browser-ui.ts';
import { registerHandlers } from '../lib/background/handlers.ts';
import { db } from '../lib/db/database.ts';

// The service worker: the only writer of the local database. Listeners register synchronously so
// a message that wakes the worker finds its handler.
export default defineBackground(() => {
  const database = db();
  registerHandlers(database);
  registerBrowserUi(database);
});
