import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { SignInPage } from './auth/sign-in-page';
import { useSession } from './auth/session';
import { MyMatchesPage } from './brokering/my-matches-page';
import { InterestsPage } from './brokering/interests-page';
import { PipelineBoard } from './brokering/pipeline-board';
import type { Role } from './gql/graphql';
import { useI18n } from './i18n/use-i18n';
import { KpisPage } from './kpis/kpis-page';
import { AppHeader } from './layout/app-header';
import { AppNav } from './layout/app-nav';
import { isAllowed, useRoute, type Route } from './layout/routes';
import { useViewer } from './layout/viewer';
import { NeedsPage } from './needs/needs-page';
import { NotificationsPage } from './notifications/notifications-page';
import { ErrorState, LoadingState } from './ui/query-states';

function PageOf({ route, role }: { route: Route; role: Role }) {
  switch (route) {
    case 'matches':
      return <MyMatchesPage role={role} />;
    case 'pipeline':
      return <PipelineBoard />;
    case 'interests':
      return <InterestsPage />;
    case 'kpis':
      return <KpisPage />;
    case 'notifications':
      return <NotificationsPage role={role} />;
    default:
      return <NeedsPage role={role} />;
  }
}

export function App() {
  const { t } = useI18n();
  const session = useSession();
  const client = useApolloClient();
  const signedIn = session !== null;
  const mainRef = useRef<HTMLElement>(null);
  const wasSignedIn = useRef(signedIn);
  const viewer = useViewer({ skip: !signedIn });
  const role = signedIn ? viewer.data?.me.role : undefined;
  const requested = useRoute();
  // A page the role may not open (an old link, another user's bookmark) falls back to the needs.
  const route: Route = role && isAllowed(requested, role) ? requested : 'needs';
  const shownRoute = useRef(route);

  useEffect(() => {
    if (wasSignedIn.current === signedIn) return;
    wasSignedIn.current = signedIn;
    // Signing in or out swaps the page: start the keyboard and screen reader at its top.
    mainRef.current?.focus();
    // Nothing cached for one user may be shown to the next.
    if (!signedIn) void client.clearStore();
  }, [signedIn, client]);

  useEffect(() => {
    if (shownRoute.current === route) return;
    shownRoute.current = route;
    // Following a menu link replaces the page: move there, as a page load would.
    mainRef.current?.focus();
  }, [route]);

  let content;
  if (!signedIn) content = <SignInPage />;
  else if (role) content = <PageOf route={route} role={role} />;
  else if (viewer.error) content = <ErrorState error={viewer.error} onRetry={() => void viewer.refetch().catch(() => undefined)} />;
  else content = <LoadingState label={t('header.userLoading')} />;

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader signedIn={signedIn} />
      {role && <AppNav role={role} current={route} />}
      <main id="main" ref={mainRef} tabIndex={-1} className={route === 'pipeline' && role ? 'app-main app-main--wide' : 'app-main'}>
        {content}
      </main>
    </>
  );
}

/** The hash carries the page, so the skip link focuses <main> itself instead of changing it. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
