import { defineMessages } from '../i18n/define-messages';

export const profilesMessages = defineMessages({}, { ar: {}, en: {} });
