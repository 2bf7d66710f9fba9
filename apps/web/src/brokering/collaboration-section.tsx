import type { CollaborationFieldsFragment } from '../gql/graphql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/use-i18n';
import { AddMilestoneForm, MilestoneStatusForm } from './collaboration-forms';

export const CollaborationFieldsFragmentDoc = graphql(`
  fragment CollaborationFields on Collaboration {
    id
    title
    startDate
    partners
    milestones {
      id
      title
      dueDate
      status
    }
    bookings {
      id
      startsOn
      endsOn
      status
      purpose
      equipment {
        id
        name
      }
    }
  }
`);

/** A collaboration as staff and both sides follow it: milestones (each side updates them) and hall bookings. */
export function CollaborationSection({ collaboration }: { collaboration: CollaborationFieldsFragment }) {
  const { t, formatDate } = useI18n();
  return (
    <section aria-labelledby="collaboration-title" data-testid="collaboration">
      <h3 id="collaboration-title">{t('match.collaboration')}</h3>
      <p dir="auto">
        <strong>{collaboration.title}</strong> · {t('match.startedOn', { date: formatDate(collaboration.startDate) })}
      </p>
      {collaboration.partners.length > 0 && (
        <p>
          {t('match.partners')} <span dir="auto">{collaboration.partners.join(', ')}</span>
        </p>
      )}
      <h4>{t('match.milestones')}</h4>
      {collaboration.milestones.length === 0 ? (
        <p className="muted">{t('match.noMilestones')}</p>
      ) : (
        <ul className="plain-list">
          {collaboration.milestones.map((milestone) => (
            <li key={milestone.id} className="milestone" data-testid="milestone">
              <span dir="auto">{milestone.title}</span>
              <span className="badge">{t(`milestone.${milestone.status}`)}</span>
              <time dateTime={milestone.dueDate} className="muted">
                {t('match.due', { date: formatDate(milestone.dueDate) })}
              </time>
              <MilestoneStatusForm milestone={milestone} />
            </li>
          ))}
        </ul>
      )}
      <AddMilestoneForm collaborationId={collaboration.id} />
      <h4>{t('match.bookings')}</h4>
      {collaboration.bookings.length === 0 ? (
        <p className="muted">{t('match.noBookings')}</p>
      ) : (
        <ul className="plain-list">
          {collaboration.bookings.map((booking) => (
            <li key={booking.id}>
              {t('match.bookingDates', { from: formatDate(booking.startsOn), to: formatDate(booking.endsOn) })} —{' '}
              <span dir="auto">{t('hall.collab.bookingLine', { equipment: booking.equipment.name, status: t(`hall.booking.${booking.status}`) })}</span>
              {booking.purpose && (
                <span className="muted" dir="auto">
                  {' '}
                  ({booking.purpose})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

