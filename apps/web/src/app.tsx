import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { SignInPage } from './auth/sign-in-page';
import { useSession } from './auth/session';
import { useI18n } from './i18n/use-i18n';
import { AppHeader } from './layout/app-header';
import { NeedsPage } from './needs/needs-page';

export function App() {
  const { t } = useI18n();
  const session = useSession();
  const client = useApolloClient();
  const signedIn = session !== null;
  const mainRef = useRef<HTMLElement>(null);
  const wasSignedIn = useRef(signedIn);

  useEffect(() => {
    if (wasSignedIn.current === signedIn) return;
    wasSignedIn.current = signedIn;
    // Signing in or out swaps the page: start the keyboard and screen reader at its top.
    mainRef.current?.focus();
    // Nothing cached for one user may be shown to the next.
    if (!signedIn) void client.clearStore();
  }, [signedIn, client]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader signedIn={signedIn} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {signedIn ? <NeedsPage /> : <SignInPage />}
      </main>
    </>
  );
}
