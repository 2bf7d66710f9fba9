import { defineMessages } from '../i18n/define-messages';

/** Members administration: organisations, people, roles. */
export const membersMessages = defineMessages(
  {
    'members.nav.organisations': 'Organisations',
    'members.nav.people': 'Personnes',
  },
  {
    ar: {
      'members.nav.organisations': 'المؤسسات',
      'members.nav.people': 'الأشخاص',
    },
    en: {
      'members.nav.organisations': 'Organisations',
      'members.nav.people': 'People',
    },
  },
);
