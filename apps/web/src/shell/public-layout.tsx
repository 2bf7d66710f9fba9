import { Container } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { returnPath } from '../auth/return-path';
import { useSession } from '../auth/session';
import { isLanguage, setLanguage } from '../i18n/language';
import { AppFrame } from './app-frame';

/** Visitors' pages (sign-in, sign-up, password reset, invitation): no menu, a narrow column. */
export function PublicLayout() {
  useLeaveSignInOnceSignedIn();
  useLanguageOfTheLink();
  return (
    <AppFrame>
      <Container size="sm" px={0} py="md">
        <Outlet />
      </Container>
    </AppFrame>
  );
}

/** A link from an e-mail (?lang=ar) opens the page in the e-mail's language; the switcher still changes it. */
function useLanguageOfTheLink(): void {
  const linked = useRouterState({ select: (state) => (state.location.search as { lang?: unknown }).lang });
  useEffect(() => {
    if (isLanguage(linked)) setLanguage(linked);
  }, [linked]);
}

/** Signing in (here or in another tab) takes the person where they were going, or home. */
function useLeaveSignInOnceSignedIn(): void {
  const signedIn = useSession() !== null;
  const navigate = useNavigate();
  const location = useRouterState({ select: (state) => state.location });
  useEffect(() => {
    if (!signedIn || location.pathname !== '/sign-in') return;
    void navigate({ href: returnPath((location.search as { redirect?: unknown }).redirect), replace: true });
  }, [signedIn, location, navigate]);
}
