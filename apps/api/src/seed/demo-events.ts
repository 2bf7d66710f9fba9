import { EntityManager } from 'typeorm';
import { BrokerageEvent } from '../events/entities/event.entity';
import { EventRegistration } from '../events/entities/event-registration.entity';
import { EventSession, EventSlot, EventTable } from '../events/entities/event-session.entity';
import { slotTimes } from '../events/event-slots';
import { EventStatus, MeetingRequestMode, ParticipantKind, RegistrationStatus } from '../events/events.enums';
import { LanguageCode } from '../common/language.enum';

const DAY = 86_400_000;

/** YYYY-MM-DD `offset` days from today. */
function day(offset: number): string {
  return new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
}

/** A time of a day in Agadir (UTC+1 all year): `hhmm` local. */
function at(date: string, hours: number, minutes = 0): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hours - 1, minutes));
}

/**
 * One OPEN brokerage day next month in Agadir, with two sessions of 30-minute meetings, eight
 * tables, and the demo industrial (an argan cooperative) and researcher (an Agadir lab) registered.
 */
export async function insertDemoEvents(db: EntityManager, ids: { users: Map<string, string> }): Promise<void> {
  const date = day(30);
  const staffId = ids.users.get('staff') ?? null;
  const event = await db.getRepository(BrokerageEvent).save({
    title: 'Journée d’affaires Agro & Cosmétique — Agadir',
    description:
      'Une journée de rendez-vous d’affaires de 30 minutes entre industriels, coopératives et laboratoires du Souss-Massa : huile d’argan, plantes aromatiques et médicinales, cosmétique naturelle, valorisation des coproduits. Publiez ce que vous offrez et ce que vous cherchez, demandez vos rendez-vous, recevez votre agenda.',
    startsOn: date,
    endsOn: date,
    venue: 'Technopole d’Agadir, Cité de l’innovation Souss-Massa',
    online: false,
    onlineUrl: null,
    registrationOpensAt: new Date(Date.now() - 7 * DAY),
    registrationClosesAt: at(day(27), 23, 59),
    meetingMinutes: 30,
    capacity: 120,
    status: EventStatus.OPEN,
    requestMode: MeetingRequestMode.OPT_IN,
    requestsExpireAt: at(day(28), 18),
    maxRequests: 10,
    createdBy: staffId,
  });
  const sessions: [string, Date, Date][] = [
    ['Matinée', at(date, 9), at(date, 12, 30)],
    ['Après-midi', at(date, 14), at(date, 17)],
  ];
  for (const [name, startsAt, endsAt] of sessions) {
    const session = await db.getRepository(EventSession).save({ eventId: event.id, name, startsAt, endsAt, breakMinutes: 5 });
    await db.getRepository(EventSlot).insert(slotTimes(startsAt, endsAt, 30, 5).map(([s, e]) => ({ eventId: event.id, sessionId: session.id, startsAt: s, endsAt: e })));
  }
  await db.getRepository(EventTable).insert(Array.from({ length: 8 }, (_, i) => ({ eventId: event.id, name: `${i + 1}`, position: i })));

  const users: { id: string; organisation_id: string | null; role: string }[] = await db.query(`SELECT id, organisation_id, role FROM users WHERE email IN ('industrial@passerelle.demo', 'researcher@passerelle.demo')`);
  const registrations = users.map((user) =>
    user.role === 'INDUSTRIAL'
      ? {
          kind: ParticipantKind.INDUSTRIAL,
          offer: 'Coopérative féminine d’huile d’argan : huile alimentaire et cosmétique, tourteaux et coques d’argan disponibles pour des essais.',
          seek: 'Stabilité oxydative de l’huile d’argan cosmétique, allongement de la durée de conservation, valorisation des tourteaux.',
          languages: [LanguageCode.fr, LanguageCode.ar],
          user,
        }
      : {
          kind: ParticipantKind.RESEARCHER,
          offer: 'Laboratoire à Agadir : chimie des huiles végétales, analyses d’oxydation (Rancimat, indice de peroxyde), formulation cosmétique à base d’argan.',
          seek: 'Coopératives et PME pour des projets de R&D appliquée et des essais pilotes.',
          languages: [LanguageCode.fr, LanguageCode.en],
          user,
        },
  );
  await db.getRepository(EventRegistration).insert(
    registrations.map((r) => ({
      eventId: event.id,
      userId: r.user.id,
      organisationId: r.user.organisation_id,
      kind: r.kind,
      offer: r.offer,
      seek: r.seek,
      languages: r.languages,
      availableSlotIds: null,
      status: RegistrationStatus.REGISTERED,
    })),
  );
}
