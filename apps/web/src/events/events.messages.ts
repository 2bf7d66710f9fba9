import { defineMessages } from '../i18n/define-messages';

/** Brokerage days: events, registration, meetings, agendas. */
export const eventsMessages = defineMessages(
  {
    'events.nav': 'Journées d’affaires',
  },
  {
    ar: {
      'events.nav': 'أيام الأعمال',
    },
    en: {
      'events.nav': 'Brokerage days',
    },
  },
);
