import { defineMessages } from '../i18n/define-messages';

export const searchMessages = defineMessages({}, { ar: {}, en: {} });
