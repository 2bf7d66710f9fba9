import { createRootRoute, createRoute, createRouter, lazyRouteComponent, redirect, type RouteComponent } from '@tanstack/react-router';
import type { Role } from './gql/graphql';
import { isSameOriginPath, returnPath } from './auth/return-path';
import { getSession } from './auth/session';
import { isLanguage, type Language } from './i18n/language';
import { validateSearchParams } from './search/search-params';
import { EVERYONE, MEMBERS, STAFF } from './shell/nav-items';
import { NotFoundPage } from './shell/not-found-page';
import { PagePending } from './shell/page-pending';
import { PublicLayout } from './shell/public-layout';
import { RootLayout } from './shell/root-layout';
import { SignedInLayout } from './shell/signed-in-layout';

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** Who may open the page; the signed-in layout shows "restricted" to anyone else. */
    roles?: readonly Role[];
    /** The page uses the whole width (the pipeline board). */
    wide?: boolean;
    /** Routes that show the same page (a dialog over it) share a name, so the focus stays put. */
    page?: string;
  }
}

/** A page's component, loaded with its route (one chunk per page). */
const page = <T, K extends keyof T & string>(importer: () => Promise<T & Record<K, RouteComponent>>, name: K): RouteComponent =>
  lazyRouteComponent(importer, name);

/** An e-mailed link's token, and the language of the e-mail it came in (the page opens in it). */
const tokenSearch = (search: Record<string, unknown>): { token?: string; lang?: Language } => ({
  ...(typeof search.token === 'string' ? { token: search.token } : {}),
  ...(isLanguage(search.lang) ? { lang: search.lang } : {}),
});

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

// Pages for visitors. A signed-in person who opens sign-in is taken where they were going.
const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });
const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => (isSameOriginPath(search.redirect) ? { redirect: search.redirect } : {}),
  beforeLoad: ({ search }) => {
    if (getSession()) throw redirect({ href: returnPath(search.redirect) });
  },
  component: page(() => import('./accounts/sign-in-page'), 'SignInPage'),
});
const signUpRoute = createRoute({ getParentRoute: () => publicRoute, path: '/sign-up', component: page(() => import('./accounts/sign-up-page'), 'SignUpPage') });
const signUpPendingRoute = createRoute({ getParentRoute: () => publicRoute, path: '/sign-up/pending', component: page(() => import('./accounts/sign-up-pending-page'), 'SignUpPendingPage') });
const forgotPasswordRoute = createRoute({ getParentRoute: () => publicRoute, path: '/forgot-password', component: page(() => import('./accounts/forgot-password-page'), 'ForgotPasswordPage') });
const resetPasswordRoute = createRoute({ getParentRoute: () => publicRoute, path: '/reset-password', validateSearch: tokenSearch, component: page(() => import('./accounts/reset-password-page'), 'ResetPasswordPage') });
const invitationRoute = createRoute({ getParentRoute: () => publicRoute, path: '/invitation', validateSearch: tokenSearch, component: page(() => import('./accounts/invitation-page'), 'InvitationPage') });
const privacyRoute = createRoute({ getParentRoute: () => publicRoute, path: '/privacy', component: page(() => import('./privacy/privacy-page'), 'PrivacyPage') });

// Pages for signed-in people; without a session, sign in first and come back.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ location }) => {
    if (!getSession()) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: SignedInLayout,
});
const signedIn = <const P extends string>(path: P, roles: readonly Role[], component: RouteComponent, layout: { wide?: boolean; page?: string } = {}) =>
  createRoute({ getParentRoute: () => appRoute, path, staticData: { roles, ...layout }, component });

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', beforeLoad: () => { throw redirect({ to: '/needs' }); } });
const needsRoute = signedIn('/needs', EVERYONE, page(() => import('./needs/needs-page'), 'NeedsPage'));
const newNeedRoute = signedIn('/needs/new', ['INDUSTRIAL', ...STAFF], page(() => import('./needs/need-form-page'), 'NewNeedPage'));
const needRoute = signedIn('/needs/$needId', EVERYONE, page(() => import('./needs/need-detail-page'), 'NeedDetailPage'));
const editNeedRoute = signedIn('/needs/$needId/edit', ['INDUSTRIAL', ...STAFF], page(() => import('./needs/need-form-page'), 'EditNeedPage'));
const myNeedsRoute = signedIn('/my-needs', ['INDUSTRIAL'], page(() => import('./needs/my-needs-page'), 'MyNeedsPage'));
const recommendedRoute = signedIn('/recommended', ['RESEARCHER'], page(() => import('./needs/recommended-needs-page'), 'RecommendedNeedsPage'));
const profileEditorRoute = signedIn('/profile', ['RESEARCHER'], page(() => import('./profiles/profile-editor-page'), 'ProfileEditorPage'));
const researcherRoute = signedIn('/researchers/$profileId', EVERYONE, page(() => import('./profiles/profile-page'), 'ProfilePage'));
const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  staticData: { roles: EVERYONE },
  validateSearch: validateSearchParams,
  component: page(() => import('./search/search-page'), 'SearchPage'),
});
const myMatchesRoute = signedIn('/matches', MEMBERS, page(() => import('./brokering/my-matches-page'), 'MyMatchesPage'));
const myMatchRoute = signedIn('/matches/$matchId', MEMBERS, page(() => import('./brokering/my-match-page'), 'MyMatchPage'));
const pipelineRoute = signedIn('/pipeline', STAFF, page(() => import('./brokering/pipeline-board'), 'PipelineBoard'), { wide: true, page: 'pipeline' });
// A match's dialog over the board: the board stays mounted (and keeps the focus) while it opens and closes.
const pipelineMatchRoute = createRoute({ getParentRoute: () => pipelineRoute, path: '$matchId', staticData: { roles: STAFF, wide: true, page: 'pipeline' } });
const interestsRoute = signedIn('/interests', STAFF, page(() => import('./brokering/interests-page'), 'InterestsPage'));
const approvalsRoute = signedIn('/approvals', STAFF, page(() => import('./accounts/approvals-page'), 'ApprovalsPage'));
const importsRoute = signedIn('/imports', STAFF, page(() => import('./staff/imports-page'), 'ImportsPage'));
const organisationsRoute = signedIn('/organisations', STAFF, page(() => import('./members/organisations-page'), 'OrganisationsPage'));
const organisationRoute = signedIn('/organisations/$organisationId', STAFF, page(() => import('./members/organisation-page'), 'OrganisationPage'));
const peopleRoute = signedIn('/people', STAFF, page(() => import('./members/people-page'), 'PeoplePage'));
const hallRoute = signedIn('/hall', EVERYONE, page(() => import('./hall/hall-page'), 'HallPage'));
const equipmentRoute = signedIn('/hall/$equipmentId', EVERYONE, page(() => import('./hall/equipment-page'), 'EquipmentPage'));
const hallBookingsRoute = signedIn('/hall-bookings', EVERYONE, page(() => import('./hall/hall-bookings-page'), 'HallBookingsPage'));
const dataSafetyRoute = signedIn('/data-safety', STAFF, page(() => import('./privacy/data-safety-page'), 'DataSafetyPage'));
const eventsRoute = signedIn('/events', EVERYONE, page(() => import('./events/events-page'), 'EventsPage'));
const eventRoute = signedIn('/events/$eventId', EVERYONE, page(() => import('./events/event-page'), 'EventPage'));
const eventManageRoute = signedIn('/events/$eventId/manage', STAFF, page(() => import('./events/event-manage-page'), 'EventManagePage'), { wide: true });
const glossaryRoute = signedIn('/glossary', STAFF, page(() => import('./glossary/glossary-page'), 'GlossaryPage'));
const glossarySuggestionsRoute = signedIn('/glossary/suggestions', STAFF, page(() => import('./glossary/glossary-suggestions-page'), 'GlossarySuggestionsPage'));
const kpisRoute = signedIn('/kpis', STAFF, page(() => import('./kpis/kpis-page'), 'KpisPage'));
const notificationsRoute = signedIn('/notifications', EVERYONE, page(() => import('./notifications/notifications-page'), 'NotificationsPage'));
const accountRoute = signedIn('/account', EVERYONE, page(() => import('./accounts/account-page'), 'AccountPage'));

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, signUpRoute, signUpPendingRoute, forgotPasswordRoute, resetPasswordRoute, invitationRoute, privacyRoute]),
  appRoute.addChildren([
    homeRoute,
    needsRoute,
    newNeedRoute,
    needRoute,
    editNeedRoute,
    myNeedsRoute,
    recommendedRoute,
    profileEditorRoute,
    researcherRoute,
    searchRoute,
    myMatchesRoute,
    myMatchRoute,
    pipelineRoute.addChildren([pipelineMatchRoute]),
    interestsRoute,
    approvalsRoute,
    importsRoute,
    organisationsRoute,
    organisationRoute,
    peopleRoute,
    hallRoute,
    equipmentRoute,
    hallBookingsRoute,
    dataSafetyRoute,
    eventsRoute,
    eventRoute,
    eventManageRoute,
    glossaryRoute,
    glossarySuggestionsRoute,
    kpisRoute,
    notificationsRoute,
    accountRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  defaultPendingComponent: PagePending,
  scrollRestoration: true,
});
