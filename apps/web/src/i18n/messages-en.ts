import type { Messages } from './messages-fr';

export const en: Messages = {
  'app.name': 'Passerelle',
  'app.tagline': 'Agri-food and cosmetics innovation',
  'app.skipToContent': 'Skip to main content',

  'language.label': 'Language',

  'header.userLoading': 'Loading profile…',
  'header.userError': 'Profile unavailable',

  'role.ADMIN': 'Administrator',
  'role.STAFF': 'Cluster staff',
  'role.INDUSTRIAL': 'Industrial',
  'role.RESEARCHER': 'Researcher',

  'auth.signIn.title': 'Sign in',
  'auth.signIn.intro': 'Sign in to browse the cluster’s innovation needs.',
  'auth.email': 'E-mail',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.submitting': 'Signing in…',
  'auth.sessionExpired': 'Your session has expired. Please sign in again.',
  'auth.signOut': 'Sign out',
  'auth.signingOut': 'Signing out…',

  'needs.title': 'Innovation needs',
  'needs.summary': 'Showing {shown} of {total}',
  'needs.loading': 'Loading needs…',
  'needs.empty': 'No needs to show yet.',
  'needs.loadMore': 'Load more needs',
  'needs.loadingMore': 'Loading…',
  'needs.anonymousOrganisation': 'Anonymous organisation',
  'needs.publishedOn': 'Published on {date}',
  'needs.details': 'Details',
  'needs.labelled': '{label}: ',
  'needs.sector': 'Sector',
  'needs.visibility': 'Visibility',
  'needs.status': 'Status',
  'needs.trl': 'Maturity (TRL)',
  'needs.trlRange': 'TRL {current} → {target}',
  'needs.trlRangeSpoken': 'from {current} to {target}',

  'sector.AGRIFOOD': 'Agri-food',
  'sector.COSMETICS': 'Cosmetics',

  'visibility.PUBLIC': 'Public',
  'visibility.MEMBERS': 'Members',
  'visibility.STAFF_ONLY': 'Staff only',

  'status.DRAFT': 'Draft',
  'status.OPEN': 'Open',
  'status.IN_PROGRESS': 'In progress',
  'status.CLOSED': 'Closed',

  'error.title': 'Something went wrong',
  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.server': 'The server ran into a problem. Try again in a moment.',
  'error.retry': 'Try again',
};
