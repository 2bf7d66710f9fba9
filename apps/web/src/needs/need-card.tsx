import type { NeedsQuery, Role } from '../gql/graphql';
import { useI18n } from '../i18n/use-i18n';
import { ExpressInterest } from './express-interest';

type Need = NeedsQuery['needs']['edges'][number]['node'];

const EXCERPT_LENGTH = 220;

/** The first words of a description, cut on a word boundary. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function NeedCard({ need, role }: { need: Need; role: Role }) {
  const { t, formatDate } = useI18n();
  const trl = { current: need.trlCurrent, target: need.trlTarget };

  return (
    <article className="need-card" data-testid="need-card" tabIndex={-1} aria-labelledby={`need-${need.id}-title`}>
      <h2 className="need-card__title" id={`need-${need.id}-title`} dir="auto" lang={need.language}>
        {need.title}
      </h2>
      <p className="need-card__organisation">
        {need.organisation ? (
          <>
            <span dir="auto">{need.organisation.name}</span>
            <span className="need-card__city" dir="auto">
              {need.organisation.city}
            </span>
          </>
        ) : (
          <span className="need-card__anonymous">{t('needs.anonymousOrganisation')}</span>
        )}
      </p>
      <p className="need-card__description" dir="auto" lang={need.language}>
        {excerpt(need.description)}
      </p>
      <ul className="badges" aria-label={t('needs.details')}>
        <li className="badge badge--sector">
          <span className="visually-hidden">{t('needs.labelled', { label: t('needs.sector') })}</span>
          {t(`sector.${need.sector}`)}
        </li>
        <li className={`badge badge--status badge--${need.status.toLowerCase().replace('_', '-')}`}>
          <span className="visually-hidden">{t('needs.labelled', { label: t('needs.status') })}</span>
          {t(`status.${need.status}`)}
        </li>
        <li className="badge badge--visibility">
          <span className="visually-hidden">{t('needs.labelled', { label: t('needs.visibility') })}</span>
          {t(`visibility.${need.visibility}`)}
        </li>
        <li className="badge badge--trl">
          <span className="visually-hidden">
            {t('needs.labelled', { label: t('needs.trl') })}
            {t('needs.trlRangeSpoken', trl)}
          </span>
          <span aria-hidden="true" dir="ltr">
            {t('needs.trlRange', trl)}
          </span>
        </li>
      </ul>
      <p className="need-card__date">
        <time dateTime={need.createdAt}>{t('needs.publishedOn', { date: formatDate(need.createdAt) })}</time>
      </p>
      {role === 'RESEARCHER' && need.status === 'OPEN' && <ExpressInterest needId={need.id} />}
    </article>
  );
}
