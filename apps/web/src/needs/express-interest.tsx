import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { fieldErrors } from '../ui/describe-error';
import { FormError } from '../ui/form-error';

const ExpressInterestDocument = graphql(`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      id
      status
    }
  }
`);

/** Researchers: raise a hand on an open need, with a few words for the cluster staff. */
export function ExpressInterest({ needId }: { needId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [express, { loading, error }] = useMutation(ExpressInterestDocument);
  const ids = { message: useId(), error: useId() };
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fields = fieldErrors(error);

  useEffect(() => {
    if (open) textareaRef.current?.focus();
  }, [open]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get('message') ?? '').trim();
    try {
      await express({ variables: { input: { needId, message } } });
      setSent(true);
      setOpen(false);
    } catch {
      // Shown below from the hook's error.
    }
  }

  if (sent) {
    return (
      <p className="notice" role="status">
        {t('interest.sent')}
      </p>
    );
  }
  if (!open) {
    return (
      <div>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(true)}>
          {t('interest.open')}
        </button>
      </div>
    );
  }
  return (
    <form className="form form--compact" onSubmit={handleSubmit} data-testid="interest-form">
      <div className="field">
        <label htmlFor={ids.message}>{t('interest.message')}</label>
        <textarea
          id={ids.message}
          ref={textareaRef}
          name="message"
          rows={3}
          dir="auto"
          required
          minLength={10}
          maxLength={2000}
          aria-invalid={fields.message ? true : undefined}
          aria-describedby={fields.message ? ids.error : undefined}
        />
        {fields.message && (
          <p id={ids.error} className="field__error">
            {fields.message}
          </p>
        )}
      </div>
      {error && !fields.message && <FormError error={error} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={loading} aria-busy={loading}>
          {t('interest.submit')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
