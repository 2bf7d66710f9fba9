import { useMutation } from '@apollo/client/react';
import { useId, useRef, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { FormError } from '../ui/form-error';

const AddMatchNoteDocument = graphql(`
  mutation AddMatchNote($id: ID!, $note: String!) {
    addMatchNote(id: $id, note: $note) {
      id
      version
    }
  }
`);

/** Staff: a note on the match's timeline (the audit log), shown there once saved. */
export function MatchNoteForm({ matchId }: { matchId: string }) {
  const { t } = useI18n();
  const ids = { note: useId(), error: useId() };
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [addNote, { loading, error }] = useMutation(AddMatchNoteDocument, {
    refetchQueries: ['MatchDetail', 'PipelineColumn'],
    awaitRefetchQueries: true,
  });
  const fields = fieldErrors(error);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const note = String(new FormData(formElement).get('note') ?? '').trim();
    if (!note) {
      noteRef.current?.focus();
      return;
    }
    try {
      await addNote({ variables: { id: matchId, note } });
      formElement.reset();
    } catch {
      // Shown below from the hook's error.
    }
  }

  return (
    <form className="form form--compact" onSubmit={handleSubmit} data-testid="match-note-form">
      <div className="field">
        <label htmlFor={ids.note}>{t('note.label')}</label>
        <textarea
          id={ids.note}
          ref={noteRef}
          name="note"
          rows={2}
          required
          dir="auto"
          aria-invalid={fields.note ? true : undefined}
          aria-describedby={fields.note ? ids.error : undefined}
        />
        {fields.note && (
          <p id={ids.error} className="field__error">
            {fields.note}
          </p>
        )}
      </div>
      {error && !fields.note && <FormError error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--small button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('form.saving') : t('note.submit')}
        </button>
      </div>
    </form>
  );
}
