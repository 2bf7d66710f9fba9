import type { ErrorLike } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { MilestoneStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrorsByPath } from '../ui/describe-error';
import { FormError } from '../ui/form-error';
import { REFETCH_AFTER_ACTION } from './match-actions';

const StartCollaborationDocument = graphql(`
  mutation StartCollaboration($matchId: ID!, $input: StartCollaborationInput!) {
    startCollaboration(matchId: $matchId, input: $input) {
      id
      status
      version
      statusChangedAt
    }
  }
`);

const UpdateMilestoneDocument = graphql(`
  mutation UpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      id
      title
      dueDate
      status
    }
  }
`);

const AddMilestoneDocument = graphql(`
  mutation AddMilestone($collaborationId: ID!, $input: MilestoneInput!) {
    addMilestone(collaborationId: $collaborationId, input: $input) {
      id
      title
      dueDate
      status
    }
  }
`);

export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** A milestone changes only the open match: the staff detail or the member's match page. */
const REFETCH_DETAIL = ['MatchDetail', 'MyMatch'];

/** "a, b, , c" → ['a', 'b', 'c'] */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** One milestone a line, "YYYY-MM-DD title"; the 1-based number of the first bad line, if any. */
export function parseMilestones(text: string): { milestones: { dueDate: string; title: string }[]; badLine: number | null } {
  const milestones: { dueDate: string; title: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const found = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line);
    if (!found) return { milestones, badLine: i + 1 };
    milestones.push({ dueDate: found[1], title: found[2].trim() });
  }
  return { milestones, badLine: null };
}

/** The API's problems on the given paths (a path ending in '.' takes every field under it). */
function pick(fields: Record<string, string>, ...paths: string[]): string | undefined {
  const reasons = Object.entries(fields)
    .filter(([field]) => paths.some((path) => (path.endsWith('.') ? field.startsWith(path) : field === path)))
    .map(([, reason]) => reason);
  return reasons.length ? reasons.join(' ') : undefined;
}

interface FieldProps {
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A label, the control, its hint and the API's reason for refusing it, wired for screen readers. */
function Field({ label, optional, hint, error, children }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('form.optional')}</span>}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

const HallEquipmentChoiceDocument = graphql(`
  query HallEquipmentChoice {
    hallCatalogue {
      id
      name
      category
    }
  }
`);

/** The hall's catalogue as checkboxes (`equipmentIds`), with the API's reason for refusing the choice. */
function HallEquipmentChoice({ error }: { error?: string }) {
  const { t } = useI18n();
  const id = useId();
  const { data } = useQuery(HallEquipmentChoiceDocument);
  const items = data?.hallCatalogue ?? [];
  return (
    <fieldset className="fieldset" aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')} data-testid="hall-equipment-choice">
      <legend>{t('hall.collab.equipment')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {items.length ? t('hall.collab.equipmentHint') : t('hall.collab.noCatalogue')}
      </p>
      {items.map((item) => (
        <Checkbox key={item.id} name="equipmentIds" value={item.id} label={<span dir="auto">{item.name}</span>} mb={6} />
      ))}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The message above the buttons, unless every problem is already shown by its field. */
function RemainingError({ error, shown }: { error: ErrorLike | undefined | null; shown: (string | undefined)[] }) {
  if (!error) return null;
  if (shown.some(Boolean)) return null;
  return <FormError error={error} />;
}

function SubmitButton({ loading, children }: { loading: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <button type="submit" className="button button--small button--primary" disabled={loading} aria-busy={loading}>
      {loading ? t('form.saving') : children}
    </button>
  );
}

/** Staff: INTRODUCED → COLLABORATING, with its title, partners, milestones and an optional hall booking. */
export function StartCollaborationForm({ match }: { match: { id: string; version: number } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [badLine, setBadLine] = useState<number | null>(null);
  const [start, { loading, error, reset }] = useMutation(StartCollaborationDocument, {
    refetchQueries: REFETCH_AFTER_ACTION,
    awaitRefetchQueries: true,
  });
  const titleRef = useRef<HTMLInputElement>(null);
  const fields = fieldErrorsByPath(error);
  const errors = {
    title: pick(fields, 'title'),
    startDate: pick(fields, 'startDate'),
    partners: pick(fields, 'partners', 'partners.'),
    milestones: badLine !== null ? t('collab.milestonesInvalid', { line: badLine }) : pick(fields, 'milestones', 'milestones.'),
    startsOn: pick(fields, 'booking.startsOn'),
    endsOn: pick(fields, 'booking.endsOn'),
    equipment: pick(fields, 'booking.equipmentIds', 'booking.equipmentIds.', 'equipmentIds'),
    booking: pick(fields, 'booking', 'booking.note'),
  };

  useEffect(() => {
    if (open) titleRef.current?.focus();
  }, [open]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const { milestones, badLine: bad } = parseMilestones(String(form.get('milestones') ?? ''));
    setBadLine(bad);
    if (bad !== null) {
      reset();
      return;
    }
    const equipmentIds = form.getAll('equipmentIds').map(String);
    const booking =
      value('startsOn') || value('endsOn') || equipmentIds.length
        ? { startsOn: value('startsOn'), endsOn: value('endsOn'), equipmentIds }
        : null;
    try {
      await start({
        variables: {
          matchId: match.id,
          input: {
            title: value('title'),
            startDate: value('startDate'),
            partners: splitList(value('partners')),
            milestones,
            booking,
            expectedVersion: match.version,
          },
        },
      });
    } catch {
      // Shown below from the hook's error.
    }
  }

  return (
    <div className="match-actions">
      <div className="match-actions__buttons">
        <button type="button" className="button button--small button--primary" aria-expanded={open} onClick={() => setOpen((was) => !was)}>
          {t('collab.start')}
        </button>
      </div>
      {open && (
        <form className="form form--compact" onSubmit={handleSubmit} data-testid="start-collaboration-form" aria-label={t('collab.start')}>
          <Field label={t('collab.title')} error={errors.title}>
            {(props) => <input {...props} ref={titleRef} name="title" required minLength={4} maxLength={200} dir="auto" />}
          </Field>
          <Field label={t('collab.startDate')} error={errors.startDate}>
            {(props) => <input {...props} type="date" name="startDate" required />}
          </Field>
          <Field label={t('collab.partners')} optional hint={t('form.commaSeparated')} error={errors.partners}>
            {(props) => <input {...props} name="partners" dir="auto" />}
          </Field>
          <Field label={t('collab.milestones')} optional hint={t('collab.milestonesHint')} error={errors.milestones}>
            {(props) => <textarea {...props} name="milestones" rows={3} dir="auto" />}
          </Field>
          <fieldset className="fieldset">
            <legend>
              {t('collab.booking')} <span className="field__optional">{t('form.optional')}</span>
            </legend>
            <div className="two-columns">
              <Field label={t('collab.bookingStart')} error={errors.startsOn}>
                {(props) => <input {...props} type="date" name="startsOn" />}
              </Field>
              <Field label={t('collab.bookingEnd')} error={errors.endsOn}>
                {(props) => <input {...props} type="date" name="endsOn" />}
              </Field>
            </div>
<HallEquipmentChoice error={errors.equipment ?? errors.booking} />
          </fieldset>
          <RemainingError error={error} shown={Object.values(errors)} />
          <div className="form__actions">
            <SubmitButton loading={loading}>{t('collab.submit')}</SubmitButton>
            <button type="button" className="button button--small button--secondary" onClick={() => setOpen(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

interface MilestoneView {
  id: string;
  title: string;
  status: MilestoneStatus;
}

/** A milestone's status: a select and its own button, so moving through the options changes nothing. */
export function MilestoneStatusForm({ milestone }: { milestone: MilestoneView }) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<MilestoneStatus>(milestone.status);
  const [update, { loading, error }] = useMutation(UpdateMilestoneDocument, { refetchQueries: REFETCH_DETAIL, awaitRefetchQueries: true });

  useEffect(() => setStatus(milestone.status), [milestone.status]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await update({ variables: { id: milestone.id, input: { status } } });
    } catch {
      // Shown below from the hook's error.
    }
  }

  return (
    <form className="milestone__form" onSubmit={handleSubmit} data-testid="milestone-status-form">
      <label htmlFor={id} className="visually-hidden">
        {t('milestone.statusOf', { title: milestone.title })}
      </label>
      <select id={id} value={status} onChange={(event) => setStatus(event.target.value as MilestoneStatus)}>
        {MILESTONE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`milestone.${value}`)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="button button--small button--secondary"
        disabled={loading || status === milestone.status}
        aria-busy={loading}
        aria-label={t('milestone.saveStatusOf', { title: milestone.title })}
      >
        {t('milestone.saveStatus')}
      </button>
      {error && <FormError error={error} />}
    </form>
  );
}

/** Staff and both sides add a milestone, due no earlier than the collaboration's start. */
export function AddMilestoneForm({ collaborationId }: { collaborationId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [add, { loading, error, reset }] = useMutation(AddMilestoneDocument, { refetchQueries: REFETCH_DETAIL, awaitRefetchQueries: true });
  const titleRef = useRef<HTMLInputElement>(null);
  const fields = fieldErrorsByPath(error);
  const errors = { title: pick(fields, 'title'), dueDate: pick(fields, 'dueDate') };

  useEffect(() => {
    if (open) titleRef.current?.focus();
  }, [open]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    try {
      await add({
        variables: {
          collaborationId,
          input: { title: String(form.get('title') ?? '').trim(), dueDate: String(form.get('dueDate') ?? '') },
        },
      });
      formElement.reset();
      titleRef.current?.focus();
    } catch {
      // Shown below from the hook's error.
    }
  }

  return (
    <div className="match-actions">
      <div className="match-actions__buttons">
        <button
          type="button"
          className="button button--small button--secondary"
          aria-expanded={open}
          onClick={() => {
            reset();
            setOpen((was) => !was);
          }}
        >
          {t('milestone.add')}
        </button>
      </div>
      {open && (
        <form className="form form--compact" onSubmit={handleSubmit} data-testid="add-milestone-form" aria-label={t('milestone.add')}>
          <Field label={t('milestone.title')} error={errors.title}>
            {(props) => <input {...props} ref={titleRef} name="title" required minLength={2} maxLength={200} dir="auto" />}
          </Field>
          <Field label={t('milestone.dueDate')} error={errors.dueDate}>
            {(props) => <input {...props} type="date" name="dueDate" required />}
          </Field>
          <RemainingError error={error} shown={Object.values(errors)} />
          <div className="form__actions">
            <SubmitButton loading={loading}>{t('milestone.addSubmit')}</SubmitButton>
            <button type="button" className="button button--small button--secondary" onClick={() => setOpen(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
