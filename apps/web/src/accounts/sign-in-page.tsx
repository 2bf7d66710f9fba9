import { useMutation } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { useSaveLanguage } from '../i18n/use-save-language';
import { describeError, errorCode } from '../ui/describe-error';
import { useDocumentTitle } from '../ui/use-document-title';
import { getLastSessionEnd, saveSession } from '../auth/session';

const SignInDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        preferredLanguage
      }
    }
  }
`);

export function SignInPage() {
  const { t, language } = useI18n();
  useDocumentTitle(t('auth.signIn.title'));
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const saveLanguage = useSaveLanguage();
  const ids = { email: useId(), password: useId(), error: useId() };
  const sessionExpired = getLastSessionEnd() === 'expired';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const { data } = await signIn({
        variables: { input: { email: String(form.get('email')).trim(), password: String(form.get('password')) } },
      });
      if (!data) return;
      saveSession(data.login);
      // The language chosen on this page is the one the person reads: the account follows it.
      if (data.login.user.preferredLanguage !== language) saveLanguage(language);
    } catch {
      // Shown from the hook's error state below.
    }
  }

  const describedBy = error ? ids.error : undefined;

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <p className="sign-in__intro">{t('auth.signIn.intro')}</p>

      {sessionExpired && !error && (
        <p className="notice" role="status">
          {t('auth.sessionExpired')}
        </p>
      )}
      {error && (
        <p
          id={ids.error}
          className={errorCode(error) === 'RATE_LIMITED' ? 'notice notice--warning' : 'notice notice--error'}
          role="alert"
        >
          {describeError(error, t)}
        </p>
      )}

      <form className="form" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={ids.email}>{t('auth.email')}</label>
          <input
            id={ids.email}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            dir="ltr"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('auth.password')}</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            dir="ltr"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </section>
  );
}
