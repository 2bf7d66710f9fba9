import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import type { ProfileViewFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { useViewer } from '../layout/viewer';
import { STAFF } from '../shell/nav-items';
import { NeedsForResearcher } from '../staff/needs-for-researcher';
import { errorCode } from '../ui/describe-error';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRefetchOnLanguageChange } from '../ui/use-refetch-on-language';
import { ResearcherProfileDocument } from './profile-documents';
import { ProfileFacts, ProfileContacts } from './profile-facts';
import { ProfileSection, PublicationList, TagList } from './profile-sections';

/** /researchers/$profileId: a researcher's expertise as the other members see it. */
export function ProfilePage() {
  const { t } = useI18n();
  const { profileId } = useParams({ from: '/app/researchers/$profileId' });
  const { data, error, refetch } = useQuery(ResearcherProfileDocument, { variables: { id: profileId }, fetchPolicy: 'cache-and-network' });
  useRefetchOnLanguageChange(refetch);
  const profile = data?.researcherProfile;
  useDocumentTitle(profile?.researcher.fullName ?? t('profiles.loading'));

  if (!profile) {
    if (isNotFound(error)) return <ProfileNotFound />;
    if (error) return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingState label={t('profiles.loading')} />;
  }
  return <ProfileView profile={profile} />;
}

/** The API answers NOT_FOUND for unknown and archived profiles alike, and BAD_USER_INPUT for a malformed id. */
function isNotFound(error: Parameters<typeof errorCode>[0]): boolean {
  const code = errorCode(error);
  return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';
}

function ProfileNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('profiles.notFound.title'));
  return (
    <Stack align="flex-start" data-testid="profile-not-found">
      <Title order={1}>{t('profiles.notFound.title')}</Title>
      <Text>{t('profiles.notFound.body')}</Text>
      <Button renderRoot={(props) => <Link {...props} to="/search" search={{ kind: 'researchers' }} />}>{t('profiles.notFound.search')}</Button>
    </Stack>
  );
}

function ProfileView({ profile }: { profile: ProfileViewFieldsFragment }) {
  const { t, formatDate } = useI18n();
  const me = useViewer().data?.me;
  const own = me?.id === profile.researcher.id;
  const staff = !!me && STAFF.includes(me.role);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1}>{profile.researcher.fullName}</Title>
          {own && <Button variant="default" renderRoot={(props) => <Link {...props} to="/profile" />}>{t('profiles.edit')}</Button>}
        </Group>
        <Text size="lg" fw={500} dir="auto">
          {profile.headline}
        </Text>
        <Text size="sm" c="dimmed">
          {[profile.organisation?.name, profile.organisation?.city, t('profiles.updatedOn', { date: formatDate(profile.updatedAt) })].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      {profile.archivedAt && <Alert color="yellow">{t('profiles.archived')}</Alert>}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <ProfileSection title={t('profiles.expertise')}>
              <Text dir="auto" style={{ whiteSpace: 'pre-line' }}>
                {profile.expertise}
              </Text>
            </ProfileSection>
            <ProfileSection title={t('profiles.keywords')}>
              <TagList items={profile.keywords} />
            </ProfileSection>
            <ProfileSection title={t('profiles.techniques')}>
              <TagList items={profile.techniques} />
            </ProfileSection>
            <ProfileSection title={t('profiles.equipment')}>
              <TagList items={profile.equipment} />
            </ProfileSection>
            <ProfileSection title={t('profiles.publications')}>
              <PublicationList publications={profile.publications} />
            </ProfileSection>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md">
              <ProfileFacts profile={profile} />
            </Card>
            <Card withBorder radius="md" padding="md">
              <ProfileSection title={t('profiles.concepts')} level={2}>
                <Text size="xs" c="dimmed" mb={6}>
                  {t('profiles.conceptsHint')}
                </Text>
                {profile.concepts.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('profiles.noConcepts')}
                  </Text>
                ) : (
                  <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="profile-concepts">
                    {profile.concepts.map((concept) => (
                      <li key={concept.code}>
                        <Badge variant="light" tt="none" maw="100%">
                          {concept.label}
                        </Badge>
                      </li>
                    ))}
                  </Group>
                )}
              </ProfileSection>
            </Card>
            <Card withBorder radius="md" padding="md">
              <ProfileContacts researcher={profile.researcher} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      {staff && !profile.archivedAt && <NeedsForResearcher profileId={profile.id} />}
    </Stack>
  );
}
