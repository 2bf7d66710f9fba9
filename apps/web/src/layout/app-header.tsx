import { SignOutButton } from '../auth/sign-out-button';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { useI18n } from '../i18n/use-i18n';
import { CurrentUser } from './current-user';

export function AppHeader({ signedIn }: { signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__text">
            <span className="brand__name" lang="fr">
              {t('app.name')}
            </span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <div className="app-header__tools">
          {signedIn && <CurrentUser />}
          <LanguageSwitcher />
          {signedIn && <SignOutButton />}
        </div>
      </div>
    </header>
  );
}
