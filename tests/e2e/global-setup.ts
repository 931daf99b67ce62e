import { buildReactFixture } from '../fixtures/forms-react/build.ts';

/** Builds what the e2e pages need that is not plain HTML: the React fixture form. */
export default async function globalSetup(): Promise<void> {
  await buildReactFixture();
}
