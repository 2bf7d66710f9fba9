import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';

const CurrentUserDocument = graphql(`
  query CurrentUser {
    me {
      id
      fullName
      role
    }
  }
`);

/** The signed-in user's name and role, in the header. */
export function CurrentUser() {
  const { t } = useI18n();
  const { data, error, loading } = useQuery(CurrentUserDocument);

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
