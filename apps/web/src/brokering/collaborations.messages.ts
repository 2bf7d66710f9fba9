import { defineMessages } from '../i18n/define-messages';

export const collaborationsMessages = defineMessages({}, { ar: {}, en: {} });
