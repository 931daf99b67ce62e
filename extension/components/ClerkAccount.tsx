import { ClerkProvider, Show, SignIn, UserButton } from '@clerk/chrome-extension';
import { browser } from 'wxt/browser';
import { CLERK_PUBLISHABLE_KEY } from '../lib/auth/config.ts';

/** Clerk's own sign-in (email code, password, passkey) inside the side panel or popup. */
export default function ClerkAccount({ onChange }: { onChange: () => void }) {
  return (
    <ClerkProvider
      publishableKey={CLERK_PUBLISHABLE_KEY!}
      afterSignOutUrl={browser.runtime.getURL('/sidepanel.html')}
    >
      <Show when="signed-out">
        <SignIn routing="hash" />
      </Show>
      <Show when="signed-in">
        <UserButton />
        <button type="button" onClick={onChange}>
          Continue
        </button>
      </Show>
    </ClerkProvider>
  );
}
