import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { DeclineReason } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { FormError } from '../ui/form-error';
import { AnswerMatchDocument, REFETCH_AFTER_ANSWER } from './answer-match';

export const DECLINE_REASONS: readonly DeclineReason[] = [
  'NOT_RIGHT_EXPERTISE',
  'TOO_EARLY_STAGE',
  'NO_CAPACITY',
  'BUDGET',
  'CONFIDENTIALITY',
  'OTHER',
];

interface Props {
  match: { id: string; version: number };
  onCancel: () => void;
}

/** Declining asks why (the other side never sees the reason); OTHER needs a few words. */
export function DeclineForm({ match, onCancel }: Props) {
  const { t } = useI18n();
  const ids = { reason: useId(), note: useId(), reasonError: useId(), noteError: useId() };
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [answer, { loading, error }] = useMutation(AnswerMatchDocument, { refetchQueries: REFETCH_AFTER_ANSWER });
  const fields = fieldErrors(error);
  const selectRef = useRef<HTMLSelectElement>(null);

  useEffect(() => selectRef.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    try {
      await answer({
        variables: {
          id: match.id,
          input: { answer: 'DECLINED', reason: reason || null, note: note || null, expectedVersion: match.version },
        },
      });
    } catch {
      // Shown below from the hook's error.
    }
  }

  const noteRequired = reason === 'OTHER';
  return (
    <form className="form form--compact decline-form" onSubmit={handleSubmit} data-testid="decline-form">
      <div className="field">
        <label htmlFor={ids.reason}>{t('decline.reason')}</label>
        <select
          id={ids.reason}
          ref={selectRef}
          name="reason"
          value={reason}
          required
          onChange={(event) => setReason(event.target.value as DeclineReason | '')}
          aria-invalid={fields.reason ? true : undefined}
          aria-describedby={fields.reason ? ids.reasonError : undefined}
        >
          <option value="">{t('decline.choose')}</option>
          {DECLINE_REASONS.map((value) => (
            <option key={value} value={value}>
              {t(`declineReason.${value}`)}
            </option>
          ))}
        </select>
        {fields.reason && (
          <p id={ids.reasonError} className="field__error">
            {fields.reason}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.note}>
          {t('decline.note')}
          {!noteRequired && <span className="field__optional"> {t('form.optional')}</span>}
        </label>
        <textarea
          id={ids.note}
          name="note"
          rows={3}
          dir="auto"
          aria-required={noteRequired}
          aria-invalid={fields.note ? true : undefined}
          aria-describedby={fields.note ? ids.noteError : undefined}
        />
        {fields.note && (
          <p id={ids.noteError} className="field__error" data-testid="note-error">
            {fields.note}
          </p>
        )}
      </div>
      {error && !fields.note && !fields.reason && <FormError error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {t('decline.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
