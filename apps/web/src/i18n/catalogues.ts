import { accountsMessages } from '../accounts/accounts.messages';
import { collaborationsMessages } from '../brokering/collaborations.messages';
import { eventsMessages } from '../events/events.messages';
import { glossaryMessages } from '../glossary/glossary.messages';
import { hallMessages } from '../hall/hall.messages';
import { kpisMessages } from '../kpis/kpis.messages';
import { membersMessages } from '../members/members.messages';
import { needsMessages } from '../needs/needs.messages';
import { privacyMessages } from '../privacy/privacy.messages';
import { profilesMessages } from '../profiles/profiles.messages';
import { searchMessages } from '../search/search.messages';
import { shellMessages } from '../shell/shell.messages';
import { staffMessages } from '../staff/staff.messages';
import type { Language } from './language';
import { ar } from './messages-ar';
import { en } from './messages-en';
import { fr } from './messages-fr';

const FEATURES = [shellMessages, accountsMessages, needsMessages, profilesMessages, searchMessages, collaborationsMessages, staffMessages, hallMessages, membersMessages, privacyMessages, kpisMessages, eventsMessages, glossaryMessages] as const;

function merged(language: Language) {
  return Object.assign({}, ...FEATURES.map((feature) => feature[language])) as Record<FeatureKey, string>;
}

type FeatureKey = (typeof FEATURES)[number] extends infer F ? (F extends { fr: Record<infer K, string> } ? K : never) : never;
export type MessageKey = keyof typeof fr | FeatureKey;
export type Messages = Record<MessageKey, string>;

export const CATALOGUES: Record<Language, Messages> = {
  fr: { ...fr, ...merged('fr') },
  ar: { ...ar, ...merged('ar') },
  en: { ...en, ...merged('en') },
};
