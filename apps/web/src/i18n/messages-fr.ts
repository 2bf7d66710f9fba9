/** French: the default language and the reference catalogue every other language must match. */
export const fr = {
  'app.name': 'Passerelle',
  'app.tagline': 'Innovation agroalimentaire et cosmétique',
  'app.skipToContent': 'Aller au contenu principal',

  'language.label': 'Langue',

  'header.userLoading': 'Chargement du profil…',
  'header.userError': 'Profil indisponible',

  'role.ADMIN': 'Administration',
  'role.STAFF': 'Équipe du cluster',
  'role.INDUSTRIAL': 'Industriel',
  'role.RESEARCHER': 'Chercheur',

  'auth.signIn.title': 'Connexion',
  'auth.signIn.intro': 'Connectez-vous pour consulter les besoins d’innovation du cluster.',
  'auth.email': 'E-mail',
  'auth.password': 'Mot de passe',
  'auth.submit': 'Se connecter',
  'auth.submitting': 'Connexion…',
  'auth.sessionExpired': 'Votre session a expiré. Veuillez vous reconnecter.',
  'auth.signOut': 'Se déconnecter',
  'auth.signingOut': 'Déconnexion…',

  'needs.title': 'Besoins d’innovation',
  'needs.summary': '{shown} affichés sur {total}',
  'needs.loading': 'Chargement des besoins…',
  'needs.empty': 'Aucun besoin à afficher pour le moment.',
  'needs.loadMore': 'Afficher plus de besoins',
  'needs.loadingMore': 'Chargement…',
  'needs.anonymousOrganisation': 'Organisation anonyme',
  'needs.publishedOn': 'Publié le {date}',
  'needs.details': 'Caractéristiques',
  'needs.labelled': '{label} : ',
  'needs.sector': 'Secteur',
  'needs.visibility': 'Visibilité',
  'needs.status': 'Statut',
  'needs.trl': 'Maturité (TRL)',
  'needs.trlRange': 'TRL {current} → {target}',
  'needs.trlRangeSpoken': 'de {current} à {target}',

  'sector.AGRIFOOD': 'Agroalimentaire',
  'sector.COSMETICS': 'Cosmétique',

  'visibility.PUBLIC': 'Public',
  'visibility.MEMBERS': 'Membres',
  'visibility.STAFF_ONLY': 'Équipe uniquement',

  'status.DRAFT': 'Brouillon',
  'status.OPEN': 'Ouvert',
  'status.IN_PROGRESS': 'En cours',
  'status.CLOSED': 'Clos',

  'error.title': 'Une erreur est survenue',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
  'error.server': 'Le serveur a rencontré un problème. Réessayez dans un instant.',
  'error.retry': 'Réessayer',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
