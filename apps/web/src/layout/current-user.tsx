import { useI18n } from '../i18n/use-i18n';
import { useViewer } from './viewer';

/** The signed-in user's name and role, in the header. */
export function CurrentUser() {
  const { t } = useI18n();
  const { data, error, loading } = useViewer();

  if (data) {
    return (
      <p className="current-user">
        <span className="current-user__name" dir="auto">
          {data.me.fullName}
        </span>
        <span className="badge badge--role">{t(`role.${data.me.role}`)}</span>
      </p>
    );
  }
  if (loading) {
    return (
      <p className="current-user current-user--muted" role="status">
        {t('header.userLoading')}
      </p>
    );
  }
  if (error) return <p className="current-user current-user--muted">{t('header.userError')}</p>;
  return null;
}
