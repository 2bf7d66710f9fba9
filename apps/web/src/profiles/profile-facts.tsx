import { Anchor, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProfileViewFieldsFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/catalogues';
import { useI18n } from '../i18n/use-i18n';
import { useLanguageName } from './language-name';
import { ProfileSection } from './profile-sections';

/** Lab, city, languages, availability and TRL range, each in words. */
export function ProfileFacts({ profile }: { profile: ProfileViewFieldsFragment }) {
  const { t } = useI18n();
  const languageName = useLanguageName();
  const place = [profile.organisation?.city, profile.organisation?.region].filter(Boolean).join(', ');
  return (
    <ProfileSection title={t('profiles.details')}>
      <DataList orientation="vertical" gap="sm" data-testid="profile-facts">
        <Fact label={t('profiles.lab')}>{profile.organisation?.name ?? t('profiles.noneListed')}</Fact>
        <Fact label={t('profiles.city')}>{place || t('profiles.noneListed')}</Fact>
        <Fact label={t('profiles.languages')}>{profile.languages.map(languageName).join(', ') || t('profiles.noneListed')}</Fact>
        <Fact label={t('profiles.availability')}>{t(`profiles.availability.${profile.availability}` as MessageKey)}</Fact>
        <Fact label={t('profiles.trl')}>{t('profiles.trlRange', { min: profile.trlMin, max: profile.trlMax })}</Fact>
      </DataList>
    </ProfileSection>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** E-mail and phone only where the API gives them (the researcher themself, staff); otherwise how to get them. */
export function ProfileContacts({ researcher }: { researcher: ProfileViewFieldsFragment['researcher'] }) {
  const { t } = useI18n();
  const { email, phone } = researcher;
  return (
    <ProfileSection title={t('profiles.contacts')}>
      {email || phone ? (
        <DataList orientation="vertical" gap="sm" data-testid="profile-contacts">
          {email && (
            <Fact label={t('profiles.email')}>
              <Anchor href={`mailto:${email}`}>{email}</Anchor>
            </Fact>
          )}
          {phone && (
            <Fact label={t('profiles.phone')}>
              <Anchor href={`tel:${phone.replace(/\s/g, '')}`} dir="ltr">
                {phone}
              </Anchor>
            </Fact>
          )}
        </DataList>
      ) : (
        <Text size="sm" c="dimmed">
          {t('profiles.contactsHidden')}
        </Text>
      )}
    </ProfileSection>
  );
}
