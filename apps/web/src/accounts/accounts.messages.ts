import { defineMessages } from '../i18n/define-messages';

export const accountsMessages = defineMessages({}, { ar: {}, en: {} });
