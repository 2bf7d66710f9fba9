import { defineMessages } from '../i18n/define-messages';

export const needsMessages = defineMessages({}, { ar: {}, en: {} });
