import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { notifyDone, notifyFailure } from '../ui/notify';

const SaveSuggestedMatchesDocument = graphql(`
  mutation SaveSuggestedMatches($needId: ID!, $first: Int!) {
    saveSuggestedMatches(needId: $needId, first: $first) {
      score
    }
  }
`);

/** Staff keep the engine's current top proposals for a need as SUGGESTED matches. */
export function SaveSuggestionsButton({ needId, first, onSaved }: { needId: string; first: number; onSaved: () => void }) {
  const { t } = useI18n();
  const [save, { loading }] = useMutation(SaveSuggestedMatchesDocument);

  async function run() {
    try {
      const { data } = await save({ variables: { needId, first } });
      notifyDone(t('staff.experts.saved', { count: data?.saveSuggestedMatches.length ?? 0 }));
      onSaved();
    } catch (caught) {
      notifyFailure(t, caught);
    }
  }

  return (
    <Stack gap={4} align="flex-start">
      <Button variant="default" onClick={() => void run()} loading={loading}>
        {t('staff.experts.saveTop')}
      </Button>
      <Text size="xs" c="gray.7">
        {t('staff.experts.saveTopHint')}
      </Text>
    </Stack>
  );
}
