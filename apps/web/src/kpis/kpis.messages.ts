import { defineMessages } from '../i18n/define-messages';

/** The indicators page: period, charts, exports. */
export const kpisMessages = defineMessages(
  {
    'kpis.period': 'Période',
  },
  {
    ar: {
      'kpis.period': 'الفترة',
    },
    en: {
      'kpis.period': 'Period',
    },
  },
);
