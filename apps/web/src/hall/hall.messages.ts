import { defineMessages } from '../i18n/define-messages';

/** The technology hall: equipment catalogue, booking requests, calendars. */
export const hallMessages = defineMessages(
  {
    'hall.nav': 'Halle technologique',
    'hall.nav.bookings': 'Réservations de la halle',
  },
  {
    ar: {
      'hall.nav': 'القاعة التكنولوجية',
      'hall.nav.bookings': 'حجوزات القاعة',
    },
    en: {
      'hall.nav': 'Technology hall',
      'hall.nav.bookings': 'Hall bookings',
    },
  },
);
