import { DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { OutboxEntry } from '../search/outbox-entry.entity';
import { OutboxSubscriber } from '../search/outbox.subscriber';
import { InitialSchema1764460800000 } from './migrations/1764460800000-initial-schema';
import { SearchOutbox1764547200000 } from './migrations/1764547200000-search-outbox';
import { Matches1764633600000 } from './migrations/1764633600000-matches';
import { Brokering1764720000000 } from './migrations/1764720000000-brokering';
import { Match } from '../brokering/match.entity';
import { MatchEvent } from '../brokering/match-event.entity';
import { Interest } from '../brokering/interest.entity';
import { Collaboration } from '../brokering/collaboration.entity';
import { Milestone } from '../brokering/milestone.entity';
import { HallBooking } from '../brokering/hall-booking.entity';
import { Notifications1764806400000 } from './migrations/1764806400000-notifications';
import { Notification } from '../notifications/notification.entity';
import { EmailOutboxEntry } from '../notifications/email-outbox-entry.entity';
import { AccountTokens1764892800000 } from './migrations/1764892800000-account-tokens';
import { IntroductionRequests1764979200000 } from './migrations/1764979200000-introduction-requests';
import { SignUpRefusals1765065600000 } from './migrations/1765065600000-sign-up-refusals';
import { AccountToken } from '../auth/account-token.entity';
import { TechnologyHall1765152000000 } from './migrations/1765152000000-technology-hall';
import { HallEquipment } from '../hall/hall-equipment.entity';
import { HallMaintenance } from '../hall/hall-maintenance.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity';
import { IdempotencyKeys1765497600000 } from './migrations/1765497600000-idempotency-keys';
import { OutboxLog1765756800000 } from './migrations/1765756800000-outbox-log';
import { AuditLog1765200000000 } from './migrations/1765200000000-audit-log';
import { MatchDeclinedNotice1765324800000 } from './migrations/1765324800000-match-declined-notice';
import { PersonalData1765411200000 } from './migrations/1765411200000-personal-data';
import { BrokerageEvents1765584000000 } from './migrations/1765584000000-brokerage-events';
import { MeetingSlotProposals1765584000001 } from './migrations/1765584000001-meeting-slot-proposals';
import { BrokerageEvent } from '../events/entities/event.entity';
import { EventSession, EventSlot, EventTable } from '../events/entities/event-session.entity';
import { EventRegistration } from '../events/entities/event-registration.entity';
import { EventMeeting } from '../events/entities/event-meeting.entity';
import { GlossaryEntry } from '../glossary/glossary-entry.entity';
import { Glossary1765670400000 } from './migrations/1765670400000-glossary';

export const ENTITIES = [
  Organisation,
  User,
  ResearcherProfile,
  Need,
  RefreshToken,
  LoginAttempt,
  OutboxEntry,
  Match,
  MatchEvent,
  Interest,
  Collaboration,
  Milestone,
  HallBooking,
  Notification,
  EmailOutboxEntry,
  AccountToken,
  HallEquipment,
  HallMaintenance,
  AuditEntry,
  IdempotencyKey,
  BrokerageEvent,
  EventSession,
  EventSlot,
  EventTable,
  EventRegistration,
  EventMeeting,
  GlossaryEntry,
];
export const MIGRATIONS = [
  InitialSchema1764460800000,
  SearchOutbox1764547200000,
  Matches1764633600000,
  Brokering1764720000000,
  Notifications1764806400000,
  AccountTokens1764892800000,
  IntroductionRequests1764979200000,
  SignUpRefusals1765065600000,
  TechnologyHall1765152000000,
  AuditLog1765200000000,
  IdempotencyKeys1765497600000,
  OutboxLog1765756800000,
  MatchDeclinedNotice1765324800000,
  PersonalData1765411200000,
  BrokerageEvents1765584000000,
  MeetingSlotProposals1765584000001,
  Glossary1765670400000,
];

export function dataSourceOptions(url: string, logger?: TypeOrmLogger): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    subscribers: [OutboxSubscriber],
    migrations: MIGRATIONS,
    migrationsRun: false, // see MigrationRunner
    synchronize: false,
    logging: logger ? ['query', 'error', 'warn'] : ['error', 'warn'],
    logger,
    extra: { max: 10 },
  };
}
