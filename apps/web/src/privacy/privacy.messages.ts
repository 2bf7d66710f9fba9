import { defineMessages } from '../i18n/define-messages';

/** Personal data (export, deletion), the privacy page, backups. */
export const privacyMessages = defineMessages(
  {
    'privacy.title': 'Données personnelles',
    'privacy.nav.dataSafety': 'Sauvegardes et données',
  },
  {
    ar: {
      'privacy.title': 'المعطيات الشخصية',
      'privacy.nav.dataSafety': 'النسخ الاحتياطية والمعطيات',
    },
    en: {
      'privacy.title': 'Personal data',
      'privacy.nav.dataSafety': 'Backups and data',
    },
  },
);
