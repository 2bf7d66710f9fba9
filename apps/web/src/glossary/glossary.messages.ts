import { defineMessages } from '../i18n/define-messages';

/** The cluster glossary: entries, suggestions, import and export. */
export const glossaryMessages = defineMessages(
  {
    'glossary.nav': 'Glossaire',
    'glossary.nav.suggestions': 'Mots à ajouter',
  },
  {
    ar: {
      'glossary.nav': 'المسرد',
      'glossary.nav.suggestions': 'كلمات للإضافة',
    },
    en: {
      'glossary.nav': 'Glossary',
      'glossary.nav.suggestions': 'Words to add',
    },
  },
);
