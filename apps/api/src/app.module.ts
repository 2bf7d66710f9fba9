import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { formatError, hideSuggestionsPlugin, localizeErrorsPlugin } from './common/graphql-errors';
import { complexityLimitPlugin, depthLimit, widthLimitPlugin } from './common/graphql-limits';
import { createValidationPipe } from './common/validation';
import { GraphQLContext } from './common/viewer';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { MigrationRunner } from './database/migration-runner';
import { SqlLogger } from './database/sql-logger';
import { HealthController } from './health/health.controller';
import { IndexingModule } from './indexing/indexing.module';
import { MembersModule } from './members/members.module';
import { NeedsModule } from './needs/needs.module';
import { ProfilesModule } from './profiles/profiles.module';
import { SearchModule } from './search/search.module';
import { MatchingModule } from './matching/matching.module';
import { BrokeringModule } from './brokering/brokering.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ImportsModule } from './imports/imports.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { HallModule } from './hall/hall.module';
import { PrivacyModule } from './privacy/privacy.module';
import { BackupsModule } from './backups/backups.module';
import { EventsModule } from './events/events.module';
import { GlossaryModule } from './glossary/glossary.module';
import { DemoSeeder } from './seed/demo-seeder';

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  sqlLogger: SqlLogger;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, sqlLogger }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, sqlLogger)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          graphiql: config.nodeEnv !== 'production',
          introspection: config.nodeEnv !== 'production',
          // No "Did you mean …?" in production: suggestions would spell out the schema introspection hides.
          hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
          context: ({ req }: { req: Request }): GraphQLContext => ({ req, loaders: new Map() }),
          formatError,
          // A document of too many tokens is refused while parsing, before it costs validation time.
          parseOptions: { maxTokens: config.graphqlMaxTokens },
          validationRules: [depthLimit(config.graphqlMaxDepth)],
          plugins: [
            // No HTTP caching of answers (securityHeaders sends no-store): Apollo's cache-control
            // plugin would only hook into the resolution of every field of every answer.
            ApolloServerPluginCacheControlDisabled(),
            widthLimitPlugin(),
            complexityLimitPlugin(config.graphqlMaxComplexity),
            localizeErrorsPlugin,
            ...(config.nodeEnv === 'production' ? [hideSuggestionsPlugin] : []),
          ],
        }),
        AuditModule,
        IdempotencyModule,
        AuthModule,
        MembersModule,
        ProfilesModule,
        NeedsModule,
        SearchModule,
        MatchingModule,
        NotificationsModule,
        BrokeringModule,
        AnalyticsModule,
        ImportsModule,
        HallModule,
        PrivacyModule,
        BackupsModule,
        EventsModule,
        GlossaryModule,
        IndexingModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }, { provide: SqlLogger, useValue: sqlLogger }, MigrationRunner, DemoSeeder],
    };
  }
}
