import '../../shared/capture/adapters/all.ts';
import { extractJob } from '../../shared/capture/index.ts';

/**
 * Injected into a tab by the background (scripting.executeScript) only when the user saves a job,
 * so the full extractor and every adapter stay out of the always-on bootstrap. The script's value
 * is the draft: executeScript hands it back to the background.
 */
export default defineUnlistedScript(() => extractJob(document, location.href));
