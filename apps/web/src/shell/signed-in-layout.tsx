import { useApolloClient } from '@apollo/client/react';
import { Outlet, useMatches, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { getLastSessionEnd, useSession } from '../auth/session';
import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useViewer } from '../layout/viewer';
import { ErrorState, LoadingState } from '../ui/query-states';
import { AppFrame } from './app-frame';
import { AppNavbar } from './app-navbar';
import { HeaderTools } from './header-tools';
import { ForbiddenPage } from './not-found-page';

/** Pages for signed-in people: the menu of their role, and each page only for the roles it names. */
export function SignedInLayout() {
  const { t } = useI18n();
  const session = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const href = useRouterState({ select: (state) => state.location.href });
  const viewer = useViewer({ skip: !session });
  const role = session ? viewer.data?.me.role : undefined;
  const allowedRoles = useMatches({ select: (matches) => matches.flatMap((match) => (match.staticData.roles ? [match.staticData.roles] : [])) });
  const wide = useMatches({ select: (matches) => matches.some((match) => match.staticData.wide) });

  useEffect(() => {
    if (session) return;
    // Nothing cached for one person may be shown to the next.
    void client.clearStore();
    const expired = getLastSessionEnd() === 'expired';
    void navigate({ to: '/sign-in', search: expired ? { redirect: href } : {}, replace: true });
  }, [session, client, navigate, href]);

  let content;
  if (role) content = allowedRoles.every((roles) => roles.includes(role)) ? <Outlet /> : <ForbiddenPage />;
  else if (viewer.error) content = <ErrorState error={viewer.error} onRetry={() => void viewer.refetch().catch(() => undefined)} />;
  else content = <LoadingState label={t('header.userLoading')} />;

  return (
    <AppFrame wide={wide} navbar={role ? (close) => <AppNavbar role={role as Role} onNavigate={close} /> : undefined} tools={session ? <HeaderTools /> : undefined}>
      {content}
    </AppFrame>
  );
}
