import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { NotificationBell } from '../notifications/notification-bell';
import { hrefOf, menuFor, type Route } from './routes';

/** The pages of the signed-in user's role, as links (Tab and Enter), plus the notifications bell. */
export function AppNav({ role, current }: { role: Role; current: Route }) {
  const { t } = useI18n();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <div className="app-nav__inner">
        <ul className="app-nav__list">
          {menuFor(role).map((route) => (
            <li key={route}>
              <a
                className="app-nav__link"
                href={hrefOf(route)}
                aria-current={route === current ? 'page' : undefined}
                data-testid={`nav-${route}`}
              >
                {t(`nav.${route}`)}
              </a>
            </li>
          ))}
        </ul>
        <NotificationBell current={current === 'notifications'} />
      </div>
    </nav>
  );
}
