import type { ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../gql';
import type { NeedStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { FormError } from '../ui/form-error';
import { ArchiveNeedButton } from './archive-need-button';
import { ButtonLink } from '../ui/router-links';
import { useIdempotencyKey } from '../ui/use-idempotency-key';
import { forgetNeedLists } from './need-cache';
import { AudienceSection, DescriptionSection, ScopeSection } from './need-form-sections';
import { emptyNeedValues, needInput, needValidation, needValues, type EditableNeed, type NeedFormValues } from './need-form-values';
import { publishWarnings, type PublishWarning } from './publish-warnings';
import { useConfirmAction } from '../ui/use-confirm-action';
import { notifyDone } from '../ui/notify';

const CreateNeedDocument = graphql(`
  mutation CreateNeed($input: CreateNeedInput!, $idempotencyKey: String) {
    createNeed(input: $input, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const UpdateNeedDocument = graphql(`
  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {
    updateNeed(id: $id, input: $input) {
      ...EditableNeedFields
      updatedAt
    }
  }
`);

/** What the form edits, read to fill it and written back after saving. */
export const EditableNeedFieldsFragment = graphql(`
  fragment EditableNeedFields on Need {
    id
    title
    description
    sector
    trlCurrent
    trlTarget
    budgetMinMad
    budgetMaxMad
    deadline
    language
    visibility
    anonymous
    keywords
    status
  }
`);

/** The form's fields in page order: the first one in error gets the focus. */
const FIELD_ORDER = ['organisationId', 'title', 'description', 'sector', 'trlCurrent', 'trlTarget', 'budgetMinMad', 'budgetMaxMad', 'deadline', 'language', 'visibility', 'anonymous', 'keywords'] as const;

export type NeedFormProps =
  | { mode: 'create'; /** Staff post for an organisation they choose. */ chooseOrganisation: boolean }
  | { mode: 'edit'; needId: string; need: EditableNeed & { archivedAt: string | null } };

/** The guided need form: new need (draft or published) or changes to an existing one. */
export function NeedForm(props: NeedFormProps) {
  const { t, language } = useI18n();
  const confirmAction = useConfirmAction();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [submitError, setSubmitError] = useState<ErrorLike | null>(null);
  const [saving, setSaving] = useState<NeedStatus | 'SAVE' | null>(null);
  const [createNeed] = useMutation(CreateNeedDocument, { update: forgetNeedLists });
  const idempotencyKey = useIdempotencyKey();
  const [updateNeed] = useMutation(UpdateNeedDocument, { update: forgetNeedLists });
  const editing = props.mode === 'edit' ? props.need : null;
  const form = useForm<NeedFormValues>({
    initialValues: editing ? needValues(editing) : emptyNeedValues(language),
    validate: needValidation(t, { organisationRequired: props.mode === 'create' && props.chooseOrganisation }),
  });
  // A draft is published from here; a published need keeps its status (only its content changes).
  const isDraft = !editing || editing.status === 'DRAFT';

  function focusFirstError(errors: FormErrors) {
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (first) requestAnimationFrame(() => focusable(form.getInputNode(first) as HTMLElement | null)?.focus());
  }

  async function save(formValues: NeedFormValues, status: NeedStatus | null) {
    setSubmitError(null);
    setSaving(status ?? 'SAVE');
    try {
      const needId = await persist(formValues, status);
      notifyDone(t(savedMessage(status)));
      await navigate({ to: '/needs/$needId', params: { needId } });
    } catch (caught) {
      showSaveError(caught as ErrorLike);
    } finally {
      setSaving(null);
    }
  }

  /** The API's reasons beside their fields; anything else (forbidden, network…) above the buttons. */
  function showSaveError(error: ErrorLike) {
    const byField = fieldErrors(error);
    const beside = Object.fromEntries(Object.entries(byField).filter(([field]) => (FIELD_ORDER as readonly string[]).includes(field)));
    form.setErrors(beside);
    focusFirstError(beside);
    const allBeside = Object.keys(byField).length > 0 && Object.keys(beside).length === Object.keys(byField).length;
    setSubmitError(allBeside ? null : error);
  }

  async function persist(formValues: NeedFormValues, status: NeedStatus | null): Promise<string> {
    const input = needInput(formValues);
    if (props.mode === 'edit') {
      await updateNeed({ variables: { id: props.needId, input: status ? { ...input, status } : input } });
      return props.needId;
    }
    const organisationId = props.chooseOrganisation ? formValues.organisationId : undefined;
    const created = { ...input, organisationId, status };
    const { data } = await createNeed({ variables: { input: created, idempotencyKey: idempotencyKey(created) } });
    if (!data) throw new Error('createNeed answered nothing');
    return data.createNeed.id;
  }

  /** Publishing a thin need is allowed, after saying what would make it easier to match. */
  async function publish(formValues: NeedFormValues) {
    setSaving('OPEN');
    const warnings = await publishWarnings(client, formValues);
    setSaving(null);
    if (warnings.length === 0) return save(formValues, 'OPEN');
    openWarnings(warnings, () => void save(formValues, 'OPEN'));
  }

  function openWarnings(warnings: PublishWarning[], onPublish: () => void) {
    confirmAction({
      title: t('needs.warning.title'),
      body: <PublishWarningList warnings={warnings} />,
      confirmLabel: t('needs.warning.publishAnyway'), cancelLabel: t('needs.warning.complete'),
      onConfirm: onPublish,
      onCancel: () => requestAnimationFrame(() => (form.getInputNode('description') as HTMLElement | null)?.focus()),
    });
  }

  const onPublish = form.onSubmit(publish, focusFirstError);
  const onSaveDraft = form.onSubmit((formValues) => save(formValues, 'DRAFT'), focusFirstError);
  const onSaveChanges = form.onSubmit((formValues) => save(formValues, null), focusFirstError);

  return (
    <form onSubmit={isDraft ? onPublish : onSaveChanges} noValidate>
      <Stack gap="xl">
        <DescriptionSection form={form} chooseOrganisation={props.mode === 'create' && props.chooseOrganisation} />
        <ScopeSection form={form} />
        <AudienceSection form={form} />
        {submitError && <FormError error={submitError} />}
        <Group justify="space-between" gap="sm">
          <Group gap="sm">
            {isDraft ? (
              <>
                <Button type="submit" loading={saving === 'OPEN'} disabled={saving !== null}>
                  {t('needs.form.publish')}
                </Button>
                <Button variant="default" onClick={() => onSaveDraft()} loading={saving === 'DRAFT'} disabled={saving !== null}>
                  {t('needs.form.saveDraft')}
                </Button>
              </>
            ) : (
              <Button type="submit" loading={saving === 'SAVE'} disabled={saving !== null}>
                {t('needs.form.saveChanges')}
              </Button>
            )}
            {props.mode === 'edit' ? (
              <ButtonLink variant="subtle" to="/needs/$needId" params={{ needId: props.needId }}>
                {t('form.cancel')}
              </ButtonLink>
            ) : (
              <ButtonLink variant="subtle" to="/needs">
                {t('form.cancel')}
              </ButtonLink>
            )}
          </Group>
          {props.mode === 'edit' && !props.need.archivedAt && <ArchiveNeedButton needId={props.needId} />}
        </Group>
      </Stack>
    </form>
  );
}

/** The field itself, or for a group of choices (radios), its first choice. */
function focusable(node: HTMLElement | null): HTMLElement | null {
  if (!node || node.matches('input, textarea, button, select')) return node;
  return node.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, button');
}

function savedMessage(status: NeedStatus | null) {
  if (status === 'DRAFT') return 'needs.form.savedDraft' as const;
  if (status === 'OPEN') return 'needs.form.published' as const;
  return 'needs.form.saved' as const;
}

function PublishWarningList({ warnings }: { warnings: PublishWarning[] }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('needs.warning.intro')}</Text>
      <Stack component="ul" gap="xs" ps="md" m={0} data-testid="publish-warnings">
        {warnings.map((warning) => (
          <Text component="li" size="sm" key={warning.key}>
            {t(warning.key, warning.params)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
