import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LanguageCode } from '../common/language.enum';
import { MembershipStatus, OrganisationKind, OrganisationSize, Role, Sector, UserStatus } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { Need } from '../needs/need.entity';
import { NeedStatus, NeedVisibility } from '../needs/need.enums';
import { Availability } from '../profiles/profile.enums';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { demoNeeds, demoOrganisations, demoProfiles, demoUsers } from './demo-data';
import { insertDemoPipeline } from './demo-pipeline';

/** Any number seeding at once (several instances starting together) serialise on this lock. */
const SEED_LOCK = 4_201_730;

/** Loads the demo cluster into an empty database, in development only (config refuses it in production). */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const matches = await this.seedIfEmpty();
    if (matches !== null) {
      this.logger.log(`Demo data loaded: ${demoOrganisations.length} organisations, ${demoUsers.length} users, ${demoProfiles.length} profiles, ${demoNeeds.length} needs, ${matches} matches`);
    }
  }

  /** The number of demo matches loaded, or null when the database was not empty. */
  async seedIfEmpty(): Promise<number | null> {
    const passwordHash = await hash(this.config.demoPassword);
    return this.db.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (await db.getRepository(User).exists()) return null;
      const organisationIds = await insertOrganisations(db);
      const userIds = await insertUsers(db, organisationIds, passwordHash);
      const profileIds = await insertProfiles(db, userIds);
      const needIds = await insertNeeds(db, organisationIds, userIds);
      await (await import('./demo-hall')).insertDemoHall(db, { users: userIds, organisations: organisationIds });
      await (await import('./demo-events')).insertDemoEvents(db, { users: userIds, profiles: profileIds, needs: needIds });
      await (await import('../glossary/starter-glossary-loader')).insertStarterGlossary(db, null); // the starter glossary (libs/text/data/glossary)
      return insertDemoPipeline(db, { users: userIds, profiles: profileIds, needs: needIds });
    });
  }
}

async function insertOrganisations(db: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const o of demoOrganisations) {
    const saved = await db.getRepository(Organisation).save({
      name: o.name,
      kind: o.kind as OrganisationKind,
      sectors: o.sectors as Sector[],
      city: o.city,
      region: o.region,
      size: o.size as OrganisationSize,
      description: o.description,
      website: o.website,
      membershipStatus: o.membershipStatus as MembershipStatus,
    });
    ids.set(o.key, saved.id);
  }
  return ids;
}

async function insertUsers(db: EntityManager, organisationIds: Map<string, string>, passwordHash: string) {
  const ids = new Map<string, string>();
  for (const u of demoUsers) {
    const saved = await db.getRepository(User).save({
      email: u.email,
      passwordHash,
      fullName: u.fullName,
      phone: u.phone,
      role: u.role as Role,
      organisationId: u.organisationKey ? required(organisationIds, u.organisationKey) : null,
      preferredLanguage: u.preferredLanguage as LanguageCode,
      status: UserStatus.ACTIVE,
    });
    ids.set(u.key, saved.id);
  }
  return ids;
}

async function insertProfiles(db: EntityManager, userIds: Map<string, string>): Promise<Map<string, string>> {
  const saved = await db.getRepository(ResearcherProfile).save(
    demoProfiles.map((p) => ({
      userId: required(userIds, p.userKey),
      headline: p.headline,
      expertise: p.expertise,
      keywords: p.keywords,
      techniques: p.techniques,
      equipment: p.equipment,
      publications: p.publications,
      languages: p.languages as LanguageCode[],
      availability: p.availability as Availability,
      trlMin: p.trlMin,
      trlMax: p.trlMax,
    })),
  );
  return new Map(demoProfiles.map((p, i) => [p.userKey, saved[i].id]));
}

async function insertNeeds(db: EntityManager, organisationIds: Map<string, string>, userIds: Map<string, string>) {
  const dayMs = 86_400_000;
  const saved = await db.getRepository(Need).save(
    demoNeeds.map((n, i) => ({
      // Spread over the last weeks, newest last in the file, as a real pipeline would be.
      createdAt: new Date(Date.now() - (demoNeeds.length - i) * 1.5 * dayMs),
      organisationId: required(organisationIds, n.organisationKey),
      authorId: required(userIds, n.authorKey),
      title: n.title,
      description: n.description,
      language: n.language as LanguageCode,
      sector: n.sector as Sector,
      keywords: n.keywords,
      trlCurrent: n.trlCurrent,
      trlTarget: n.trlTarget,
      budgetMinMad: n.budgetMinMad,
      budgetMaxMad: n.budgetMaxMad,
      deadline: n.deadline,
      visibility: n.visibility as NeedVisibility,
      anonymous: n.anonymous,
      status: n.status as NeedStatus,
    })),
  );
  return new Map(demoNeeds.map((n, i) => [n.key, { id: saved[i].id, createdAt: saved[i].createdAt, authorKey: n.authorKey }]));
}

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to an unknown key: ${key}`);
  return id;
}
