import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AuthResolver } from '../auth/auth.resolver';
import { AccountsResolver } from '../auth/accounts.resolver';
import { OrganisationsResolver } from '../members/organisations.resolver';
import { UsersResolver } from '../members/users.resolver';
import { NeedsResolver } from '../needs/needs.resolver';
import { ProfilesResolver } from '../profiles/profiles.resolver';
import { SearchResolver } from '../search/search.resolver';
import { ConceptsResolver, NeedConceptsResolver, ProfileConceptsResolver } from '../search/concepts.resolver';
import { MatchingResolver, ProposedMatchResolver } from '../matching/matching.resolver';
import { BrokeringResolver, MatchEventResolver } from '../brokering/brokering.resolver';
import { CollaborationsResolver } from '../brokering/collaborations.resolver';
import { InterestsResolver } from '../brokering/interests.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { AnalyticsResolver } from '../analytics/analytics.resolver';
import { ImportsResolver } from '../imports/imports.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { HallResolver } from '../hall/hall.resolver';
import { HallBookingsResolver } from '../hall/hall-bookings.resolver';
import { BackupsResolver } from '../backups/backups.resolver';
import { PrivacyResolver } from '../privacy/privacy.resolver';
import { GlossaryResolver } from '../glossary/glossary.resolver';
import { IndexingResolver } from '../indexing/indexing.resolver';
import { EventParticipantResolver, EventsResolver } from '../events/events.resolver';

export const RESOLVERS = [
  AuthResolver,
  AccountsResolver,
  UsersResolver,
  OrganisationsResolver,
  ProfilesResolver,
  NeedsResolver,
  SearchResolver,
  ConceptsResolver,
  NeedConceptsResolver,
  ProfileConceptsResolver,
  MatchingResolver,
  ProposedMatchResolver,
  BrokeringResolver,
  MatchEventResolver,
  CollaborationsResolver,
  InterestsResolver,
  NotificationsResolver,
  AnalyticsResolver,
  ImportsResolver,
  AuditResolver,
  HallResolver,
  HallBookingsResolver,
  BackupsResolver,
  PrivacyResolver,
  GlossaryResolver,
  IndexingResolver,
  EventsResolver,
  EventParticipantResolver,
];
/** npm scripts and jest run from the repository root. */
export const SCHEMA_FILE = resolve('apps/api/schema.gql');

const HEADER = '# Generated from the code-first resolvers by `npm run schema`; do not edit.\n\n';

/** The API's schema as SDL, built from the resolvers alone (no database needed). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

if (require.main === module) {
  buildSchemaSdl()
    .then((sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    });
}
