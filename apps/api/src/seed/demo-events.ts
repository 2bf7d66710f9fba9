import { EntityManager } from 'typeorm';
import { BrokerageEvent } from '../events/entities/event.entity';
import { EventRegistration } from '../events/entities/event-registration.entity';
import { EventSession, EventSlot, EventTable } from '../events/entities/event-session.entity';
import { slotTimes } from '../events/event-slots';
import { EventMeeting } from '../events/entities/event-meeting.entity';
import { EventStatus, MeetingAttendance, MeetingRequestMode, MeetingStatus, ParticipantKind, RegistrationStatus } from '../events/events.enums';
import { LanguageCode } from '../common/language.enum';
import { MatchEventType, MatchOrigin, MatchStatus } from '../brokering/brokering.enums';
import { Match } from '../brokering/match.entity';
import { MatchEvent } from '../brokering/match-event.entity';

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
export interface DemoEventIds {
  users: Map<string, string>;
  profiles: Map<string, string>;
  needs: Map<string, { id: string }>;
}

export async function insertDemoEvents(db: EntityManager, ids: DemoEventIds): Promise<void> {
  await insertPastDemoEvent(db, ids);
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

interface PastParticipant {
  key: string;
  kind: ParticipantKind;
  offer: string;
  seek: string;
  languages: LanguageCode[];
}

const PAST_PARTICIPANTS: PastParticipant[] = [
  {
    key: 'industrial',
    kind: ParticipantKind.INDUSTRIAL,
    offer: 'Coques et tourteau d’argan de notre unité de pressage, disponibles pour des essais.',
    seek: 'Des débouchés à plus forte valeur pour les coproduits de l’argan.',
    languages: [LanguageCode.fr, LanguageCode.ar],
  },
  {
    key: 'ind-zahra-benhammou',
    kind: ParticipantKind.INDUSTRIAL,
    offer: 'Argan oil cooperative in Essaouira: cosmetic and culinary oil, small pilot batches.',
    seek: 'Authenticity testing of argan oil for export and a longer shelf life.',
    languages: [LanguageCode.en, LanguageCode.fr],
  },
  {
    key: 'researcher',
    kind: ParticipantKind.RESEARCHER,
    offer: 'Chimie des huiles végétales, oxydation et formulation cosmétique à base d’argan.',
    seek: 'Des coopératives pour des essais pilotes.',
    languages: [LanguageCode.fr, LanguageCode.en],
  },
  {
    key: 'res-nadia-elghazouani',
    kind: ParticipantKind.RESEARCHER,
    offer: 'Extraction of proteins and saponins from plant by-products; pilot-scale extraction.',
    seek: 'Cooperatives with by-products to valorise.',
    languages: [LanguageCode.en, LanguageCode.fr],
  },
];

/**
 * A brokerage day held six weeks ago in Tiznit, so that the KPI page and the events list show a
 * day that happened: four participants, four accepted meetings (two held, one no-show), one
 * declined request, and one held meeting turned by staff into a suggested match.
 */
async function insertPastDemoEvent(db: EntityManager, ids: DemoEventIds): Promise<void> {
  const date = day(-42);
  const staffId = ids.users.get('staff') ?? null;
  const event = await db.getRepository(BrokerageEvent).save({
    title: 'Rencontres Argan & coproduits — Tiznit',
    description:
      'Une matinée de rendez-vous entre coopératives d’argan et laboratoires : qualité et authenticité de l’huile, valorisation des coques et du tourteau.',
    startsOn: date,
    endsOn: date,
    venue: 'Maison de la coopérative, Tiznit',
    online: false,
    onlineUrl: null,
    registrationOpensAt: new Date(Date.now() - 70 * DAY),
    registrationClosesAt: at(day(-45), 23, 59),
    meetingMinutes: 30,
    capacity: 40,
    status: EventStatus.HELD,
    requestMode: MeetingRequestMode.OPT_IN,
    requestsExpireAt: at(day(-44), 18),
    maxRequests: 5,
    createdBy: staffId,
  });
  const session = await db.getRepository(EventSession).save({ eventId: event.id, name: 'Matinée', startsAt: at(date, 9), endsAt: at(date, 12), breakMinutes: 5 });
  const slots = await db.getRepository(EventSlot).save(slotTimes(session.startsAt, session.endsAt, 30, 5).map(([s, e]) => ({ eventId: event.id, sessionId: session.id, startsAt: s, endsAt: e })));
  const tables = await db.getRepository(EventTable).save(Array.from({ length: 4 }, (_, i) => ({ eventId: event.id, name: `${i + 1}`, position: i })));

  const users: { id: string; email: string; organisation_id: string | null }[] = await db.query(`SELECT id, email, organisation_id FROM users WHERE id = ANY($1)`, [
    PAST_PARTICIPANTS.map((p) => demoId(ids.users, p.key)),
  ]);
  const registration = new Map<string, string>();
  for (const participant of PAST_PARTICIPANTS) {
    const user = users.find((u) => u.id === demoId(ids.users, participant.key))!;
    const saved = await db.getRepository(EventRegistration).save({
      eventId: event.id,
      userId: user.id,
      organisationId: user.organisation_id,
      kind: participant.kind,
      offer: participant.offer,
      seek: participant.seek,
      languages: participant.languages,
      availableSlotIds: null,
      status: RegistrationStatus.REGISTERED,
    });
    registration.set(participant.key, saved.id);
  }

  const meeting = (requester: string, recipient: string, message: string, extra: Partial<EventMeeting>) => ({
    eventId: event.id,
    requesterId: registration.get(requester)!,
    recipientId: registration.get(recipient)!,
    message,
    status: MeetingStatus.ACCEPTED,
    declineReason: null,
    answeredAt: at(day(-46), 10),
    slotId: null,
    tableId: null,
    pinned: false,
    unplacedReason: null,
    attendance: null,
    requesterFollowUp: null,
    recipientFollowUp: null,
    proposedSlotId: null,
    proposedBy: null,
    matchId: null,
    matchCreated: false,
    ...extra,
  });
  const match = await insertEventMatch(db, ids, event.title);
  await db.getRepository(EventMeeting).insert([
    meeting('industrial', 'res-nadia-elghazouani', 'Nous avons 90 tonnes de coques par an : pourrions-nous en parler ?', {
      slotId: slots[0].id,
      tableId: tables[0].id,
      attendance: MeetingAttendance.HELD,
      requesterFollowUp: true,
      recipientFollowUp: true,
      matchId: match.id,
      matchCreated: true,
    }),
    meeting('ind-zahra-benhammou', 'researcher', 'We would like to discuss authenticity tests for our export oil.', {
      slotId: slots[1].id,
      tableId: tables[1].id,
      attendance: MeetingAttendance.HELD,
      requesterFollowUp: true,
      recipientFollowUp: false,
    }),
    meeting('industrial', 'researcher', 'Faisons le point sur la stabilité de notre huile.', { slotId: slots[2].id, tableId: tables[0].id, attendance: MeetingAttendance.NO_SHOW }),
    meeting('res-nadia-elghazouani', 'ind-zahra-benhammou', 'Your press cake could suit our protein extraction trials.', { slotId: slots[3].id, tableId: tables[2].id }),
    meeting('ind-zahra-benhammou', 'res-nadia-elghazouani', 'A second meeting about shelf life?', {
      status: MeetingStatus.DECLINED,
      declineReason: 'Ce n’est pas mon domaine : voyez plutôt le laboratoire de chimie des huiles.',
    }),
  ]);
}

/** The match staff made from the held meeting: the argan by-products need and the extraction researcher, suggested. */
async function insertEventMatch(db: EntityManager, ids: DemoEventIds, eventTitle: string): Promise<Match> {
  const staffId = demoId(ids.users, 'staff');
  const createdAt = at(day(-41), 11);
  const need = ids.needs.get('need-argan-coproduits');
  if (!need) throw new Error('The demo brokerage day refers to an unknown need: need-argan-coproduits');
  const match = await db.getRepository(Match).save({
    needId: need.id,
    researcherProfileId: demoId(ids.profiles, 'res-nadia-elghazouani'),
    status: MatchStatus.SUGGESTED,
    origin: MatchOrigin.STAFF,
    createdBy: staffId,
    createdAt,
    statusChangedAt: createdAt,
  });
  await db.getRepository(MatchEvent).save({
    matchId: match.id,
    actorId: staffId,
    event: MatchEventType.SUGGEST,
    fromStatus: null,
    toStatus: MatchStatus.SUGGESTED,
    note: `${eventTitle} — Aïcha Oubaha / Nadia El Ghazouani`,
    createdAt,
  });
  return match;
}

function demoId(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`The demo brokerage days refer to an unknown key: ${key}`);
  return id;
}
