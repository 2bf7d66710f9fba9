import type { ErrorLike } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { MatchOutcome, MatchStatus } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { FormError } from '../ui/form-error';
import { fieldErrors } from '../ui/describe-error';

const ShortlistMatchDocument = graphql(`
  mutation ShortlistMatch($id: ID!, $input: TransitionInput) {
    shortlistMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
    }
  }
`);

const UnshortlistMatchDocument = graphql(`
  mutation UnshortlistMatch($id: ID!, $input: TransitionInput) {
    unshortlistMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
    }
  }
`);

const ProposeMatchDocument = graphql(`
  mutation ProposeMatch($id: ID!, $input: TransitionInput) {
    proposeMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
      proposedAt
    }
  }
`);

const CloseMatchDocument = graphql(`
  mutation CloseMatch($id: ID!, $input: CloseMatchInput!) {
    closeMatch(id: $id, input: $input) {
      id
      status
      version
      statusChangedAt
      outcome
      closedAt
    }
  }
`);

/** The outcomes each status may close with (the API's state machine says the same). */
const CLOSING_OUTCOMES: Record<MatchStatus, MatchOutcome[]> = {
  SUGGESTED: ['NOT_PURSUED'],
  SHORTLISTED: ['NOT_PURSUED'],
  PROPOSED: ['NOT_PURSUED'],
  INTRODUCED: ['ABANDONED'],
  COLLABORATING: ['SUCCESS', 'ABANDONED'],
  DECLINED: [],
  CLOSED: [],
};

/** A moved card changes two columns, their counts and any open detail. */
export const REFETCH_AFTER_ACTION = ['PipelineColumn', 'PipelineCounts', 'MatchDetail'];

interface ActionableMatch {
  id: string;
  status: MatchStatus;
  version: number;
}

/** The staff actions valid for the match's status, each refused if the card changed meanwhile. */
export function MatchActions({ match }: { match: ActionableMatch }) {
  const { t } = useI18n();
  const options = { refetchQueries: REFETCH_AFTER_ACTION, awaitRefetchQueries: true };
  const [shortlist, shortlisting] = useMutation(ShortlistMatchDocument, options);
  const [unshortlist, unshortlisting] = useMutation(UnshortlistMatchDocument, options);
  const [propose, proposing] = useMutation(ProposeMatchDocument, options);
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<ErrorLike | null>(null);
  const busy = shortlisting.loading || unshortlisting.loading || proposing.loading;
  const variables = { id: match.id, input: { expectedVersion: match.version } };
  const outcomes = CLOSING_OUTCOMES[match.status];

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught as ErrorLike);
    }
  }

  if (outcomes.length === 0) return null;
  return (
    <div className="match-actions">
      <div className="match-actions__buttons">
        {match.status === 'SUGGESTED' && (
          <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => run(() => shortlist({ variables }))}>
            {t('pipeline.action.shortlist')}
          </button>
        )}
        {match.status === 'SHORTLISTED' && (
          <>
            <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => run(() => propose({ variables }))}>
              {t('pipeline.action.propose')}
            </button>
            <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => run(() => unshortlist({ variables }))}>
              {t('pipeline.action.unshortlist')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--small button--ghost"
          aria-expanded={closing}
          disabled={busy}
          onClick={() => setClosing((open) => !open)}
        >
          {t('pipeline.action.close')}
        </button>
      </div>
      {error && <FormError error={error} />}
      {closing && <CloseMatchForm match={match} outcomes={outcomes} onDone={() => setClosing(false)} />}
    </div>
  );
}

interface CloseProps {
  match: ActionableMatch;
  outcomes: MatchOutcome[];
  onDone: () => void;
}

function CloseMatchForm({ match, outcomes, onDone }: CloseProps) {
  const { t } = useI18n();
  const ids = { outcome: useId(), note: useId() };
  const [outcome, setOutcome] = useState<MatchOutcome>(outcomes[0]);
  const [close, { loading, error }] = useMutation(CloseMatchDocument, {
    refetchQueries: REFETCH_AFTER_ACTION,
    awaitRefetchQueries: true,
  });
  const fields = fieldErrors(error);
  // The API asks why an introduction or a collaboration was abandoned.
  const noteRequired = outcome === 'ABANDONED';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    try {
      await close({ variables: { id: match.id, input: { outcome, note: note || null, expectedVersion: match.version } } });
      onDone();
    } catch {
      // Shown below from the hook's error.
    }
  }

  return (
    <form className="form form--compact" onSubmit={handleSubmit} data-testid="close-match-form">
      <div className="field">
        <label htmlFor={ids.outcome}>{t('pipeline.close.outcome')}</label>
        <select id={ids.outcome} value={outcome} onChange={(event) => setOutcome(event.target.value as MatchOutcome)}>
          {outcomes.map((value) => (
            <option key={value} value={value}>
              {t(`outcome.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>
          {t('pipeline.close.note')}
          {!noteRequired && <span className="field__optional"> {t('form.optional')}</span>}
        </label>
        <textarea id={ids.note} name="note" rows={2} required={noteRequired} aria-invalid={fields.note ? true : undefined} dir="auto" />
        {fields.note && <p className="field__error">{fields.note}</p>}
      </div>
      {error && !fields.note && <FormError error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--small button--primary" disabled={loading} aria-busy={loading}>
          {t('pipeline.close.submit')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
