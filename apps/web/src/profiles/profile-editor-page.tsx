import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { MyProfileQuery } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ErrorState, LoadingState } from '../ui/query-states';
import { useDocumentTitle } from '../ui/use-document-title';
import { MyProfileDocument } from './profile-documents';
import { ProfileForm } from './profile-form';
import { profileValues } from './profile-form-values';

/** /profile: the signed-in researcher keeps the expertise profile matching works from. */
export function ProfileEditorPage() {
  const { t } = useI18n();
  useDocumentTitle(t('profiles.editor.title'));
  const { data, error, refetch } = useQuery(MyProfileDocument, { fetchPolicy: 'cache-and-network' });

  let body;
  if (data) body = <ProfileEditor data={data} />;
  else if (error) body = <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  else body = <LoadingState label={t('profiles.loading')} />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={1}>{t('profiles.editor.title')}</Title>
          {data?.myProfile && (
            <Button variant="default" renderRoot={(props) => <Link {...props} to="/researchers/$profileId" params={{ profileId: data.myProfile!.id }} />}>
              {t('profiles.editor.viewPublic')}
            </Button>
          )}
        </Group>
        <Text c="dimmed">{t('profiles.editor.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}

function ProfileEditor({ data }: { data: MyProfileQuery }) {
  const { t, language } = useI18n();
  const { myProfile, me } = data;
  // The form starts from the profile as first loaded; a later refetch does not overwrite what is being typed.
  const initialValues = useMemo(() => profileValues(myProfile ?? null, language), [myProfile?.id]);
  const lab = me.organisation ? [me.organisation.name, me.organisation.city].filter(Boolean).join(', ') : t('profiles.form.noLab');

  return (
    <Stack gap="lg">
      {!myProfile && <Alert color="blue">{t('profiles.editor.new')}</Alert>}
      <Stack gap={2} data-testid="profile-lab">
        <Text fw={600} size="sm">
          {t('profiles.form.lab')}
        </Text>
        <Text>{lab}</Text>
        <Text size="xs" c="dimmed">
          {t('profiles.form.labHint')}
        </Text>
      </Stack>
      <ProfileForm key={myProfile?.id ?? 'new'} initialValues={initialValues} />
    </Stack>
  );
}
