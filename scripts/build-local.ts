/** `npm run build:local`: the development build (local sign-in) into .output/chrome-mv3-local. */
import { buildLocalExtension } from './lib/build-extension.ts';

process.exit(buildLocalExtension());
