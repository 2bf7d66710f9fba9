import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import { ConflictError, ForbiddenError, InvalidInputError } from '../common/domain-errors';
import { translate } from '../common/i18n-messages';
import { LanguageCode } from '../common/language.enum';
import { isStaff, Viewer } from '../common/viewer';
import { MembershipStatus, UserStatus } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { ImportMembersInput } from './dto/import-members.input';
import { ImportProblem, ImportReport } from './import-report.model';
import { erasedEmailBlocks } from '../privacy/erased-emails';
import { ImportedOrganisation, ImportedPerson, MemberRow, organisationKey, parseMemberCsv, ParsedMemberFile, RowProblem, sameSectors } from './member-csv';

type Action = 'create' | 'update' | 'unchanged';

interface OrganisationPlan {
  action: Action;
  imported: ImportedOrganisation;
  existing: Organisation | null;
  changes: Partial<Organisation>;
}

interface UserPlan {
  action: Action;
  person: ImportedPerson;
  organisationKey: string;
  existing: User | null;
  changes: Partial<User>;
}

interface ImportPlan {
  organisations: Map<string, OrganisationPlan>;
  users: UserPlan[];
  problems: RowProblem[];
  warnings: RowProblem[];
  unchangedRows: number;
}

/** What Postgres holds for the file's organisations and e-mails, read once. */
interface Snapshot {
  organisationsByKey: Map<string, Organisation[]>;
  usersByEmail: Map<string, User>;
}

/** Serialises imports across API instances, so two uploads of one file cannot both create it. */
const IMPORT_LOCK = 'passerelle.member-import';

/**
 * Member import. A dry run plans and writes nothing; apply plans again inside one transaction
 * (under an advisory lock) and refuses the whole file while any row has a problem, so a file is
 * either imported entirely or not at all. Organisations are matched by name (organisationKey),
 * users by lowercased e-mail, which makes a second import of the same file change nothing.
 */
@Injectable()
export class ImportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async importMembers(viewer: Viewer, input: ImportMembersInput): Promise<ImportReport> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const file = parseMemberCsv(input.csv);
    const plan = input.dryRun ? await this.plan(this.db.manager, file) : await this.apply(file);
    return toReport(file, plan, input.dryRun, viewer.language);
  }

  private async plan(manager: EntityManager, file: ParsedMemberFile): Promise<ImportPlan> {
    const plan = planImport(file.valid, await loadSnapshot(manager, file.valid));
    // The e-mail of an account erased less than 30 days ago cannot come back through an import.
    const blocked = await erasedEmailBlocks(manager, file.valid.map((row) => row.person.email));
    for (const row of file.valid) {
      const until = blocked.get(row.person.email.trim().toLowerCase());
      if (until) plan.problems.push({ line: row.line, field: 'email', reason: 'emailRecentlyErased', params: { date: until.toISOString().slice(0, 10) } });
    }
    return plan;
  }

  private async apply(file: ParsedMemberFile): Promise<ImportPlan> {
    try {
      return await this.db.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [IMPORT_LOCK]);
        const plan = await this.plan(manager, file);
        const errorRows = linesOf([...file.problems, ...plan.problems]).size;
        if (errorRows > 0) throw InvalidInputError.field('csv', 'importHasErrors', { count: errorRows });
        await writePlan(manager, plan);
        return plan;
      });
    } catch (error) {
      // A sign-up or an organisation created meanwhile, outside the import's lock.
      if (isUniqueViolation(error)) throw new ConflictError('importConcurrentChange');
      throw error;
    }
  }
}

async function loadSnapshot(manager: EntityManager, rows: MemberRow[]): Promise<Snapshot> {
  // Every organisation: names are compared without accents, which SQL cannot do without the
  // unaccent extension. A cluster has hundreds of them, not millions.
  const organisations = await manager.getRepository(Organisation).find();
  const organisationsByKey = new Map<string, Organisation[]>();
  for (const organisation of organisations) {
    const key = organisationKey(organisation.name);
    organisationsByKey.set(key, [...(organisationsByKey.get(key) ?? []), organisation]);
  }
  const emails = rows.map((row) => row.person.email);
  const users = emails.length
    ? await manager.getRepository(User).createQueryBuilder('u').where('lower(u.email) = ANY(:emails)', { emails }).getMany()
    : [];
  return { organisationsByKey, usersByEmail: new Map(users.map((user) => [user.email.toLowerCase(), user])) };
}

function planImport(rows: MemberRow[], snapshot: Snapshot): ImportPlan {
  const plan: ImportPlan = { organisations: new Map(), users: [], problems: [], warnings: [], unchangedRows: 0 };
  for (const row of rows) planRow(row, snapshot, plan);
  return plan;
}

function planRow(row: MemberRow, snapshot: Snapshot, plan: ImportPlan): void {
  const { organisation, problems } = matchOrganisation(row, snapshot);
  const existingUser = snapshot.usersByEmail.get(row.person.email) ?? null;
  // A new organisation has no members yet; a staff account has no organisation at all.
  if (existingUser && (!organisation || existingUser.organisationId !== organisation.id)) {
    problems.push({ line: row.line, field: 'email', reason: 'importEmailInOtherOrganisation' });
  }
  if (problems.length) {
    plan.problems.push(...problems);
    return;
  }
  const organisationPlan = plan.organisations.get(row.organisation.key) ?? planOrganisation(row.organisation, organisation);
  plan.organisations.set(row.organisation.key, organisationPlan);
  const userPlan = planUser(row.person, row.organisation.key, existingUser);
  plan.users.push(userPlan);
  if (existingUser && existingUser.role !== row.person.role) {
    plan.warnings.push({ line: row.line, field: 'role', reason: 'importRoleKept', params: { role: existingUser.role } });
  }
  if (organisationPlan.action === 'unchanged' && userPlan.action === 'unchanged') plan.unchangedRows++;
}

/** The stored organisation the row names, if any, and why the row cannot use it. */
function matchOrganisation(row: MemberRow, snapshot: Snapshot): { organisation: Organisation | null; problems: RowProblem[] } {
  const matches = snapshot.organisationsByKey.get(row.organisation.key) ?? [];
  const problem = (field: string, reason: string, params?: Record<string, string | number>) => ({
    organisation: null,
    problems: [{ line: row.line, field, reason, params }],
  });
  if (matches.length > 1) return problem('organisation_name', 'importOrganisationAmbiguous', { names: matches.map((o) => o.name).join(' / ') });
  const [organisation] = matches;
  if (!organisation) return { organisation: null, problems: [] };
  if (organisation.archivedAt) return problem('organisation_name', 'importOrganisationArchived');
  // Changing a kind could strand the organisation's members in a kind that does not fit their role.
  if (organisation.kind !== row.organisation.kind) return problem('organisation_kind', 'importKindDiffers', { kind: organisation.kind });
  return { organisation, problems: [] };
}

function planOrganisation(imported: ImportedOrganisation, existing: Organisation | null): OrganisationPlan {
  if (!existing) return { action: 'create', imported, existing, changes: {} };
  const changes = organisationChanges(existing, imported);
  return { action: Object.keys(changes).length ? 'update' : 'unchanged', imported, existing, changes };
}

/** What the file changes on a stored organisation: never its name (the match key) or kind; blank cells change nothing. */
function organisationChanges(existing: Organisation, imported: ImportedOrganisation): Partial<Organisation> {
  const changes: Partial<Organisation> = {};
  if (!sameSectors(existing.sectors, imported.sectors)) changes.sectors = imported.sectors;
  if (existing.city !== imported.city) changes.city = imported.city;
  if (existing.region !== imported.region) changes.region = imported.region;
  if (imported.website !== undefined && existing.website !== imported.website) changes.website = imported.website;
  if (imported.size !== undefined && existing.size !== imported.size) changes.size = imported.size;
  if (imported.membershipStatus !== undefined && existing.membershipStatus !== imported.membershipStatus) {
    changes.membershipStatus = imported.membershipStatus;
  }
  return changes;
}

function planUser(person: ImportedPerson, key: string, existing: User | null): UserPlan {
  if (!existing) return { action: 'create', person, organisationKey: key, existing, changes: {} };
  const changes = userChanges(existing, person);
  return { action: Object.keys(changes).length ? 'update' : 'unchanged', person, organisationKey: key, existing, changes };
}

/** What the file changes on a stored user: name, phone, language; never role, status or password. */
function userChanges(existing: User, person: ImportedPerson): Partial<User> {
  const changes: Partial<User> = {};
  if (existing.fullName !== person.fullName) changes.fullName = person.fullName;
  if (person.phone !== undefined && existing.phone !== person.phone) changes.phone = person.phone;
  if (person.preferredLanguage !== undefined && existing.preferredLanguage !== person.preferredLanguage) {
    changes.preferredLanguage = person.preferredLanguage;
  }
  return changes;
}

/** Through the repositories, so the search outbox subscriber records every write in this transaction. */
async function writePlan(manager: EntityManager, plan: ImportPlan): Promise<void> {
  const organisationIds = await writeOrganisations(manager, [...plan.organisations.entries()]);
  await writeUsers(manager, plan.users, organisationIds);
}

async function writeOrganisations(manager: EntityManager, plans: [string, OrganisationPlan][]): Promise<Map<string, string>> {
  const repository = manager.getRepository(Organisation);
  const ids = new Map<string, string>();
  const created = plans.filter(([, plan]) => plan.action === 'create');
  const saved = await repository.save(
    created.map(([, { imported }]) =>
      repository.create({
        name: imported.name,
        kind: imported.kind,
        sectors: imported.sectors,
        city: imported.city,
        region: imported.region,
        website: imported.website ?? null,
        size: imported.size ?? null,
        description: '',
        membershipStatus: imported.membershipStatus ?? MembershipStatus.ACTIVE,
      }),
    ),
    { chunk: 200 },
  );
  created.forEach(([key], index) => ids.set(key, saved[index].id));
  const updated = plans.filter(([, plan]) => plan.action === 'update');
  await repository.save(updated.map(([, { existing, changes }]) => repository.merge(existing!, changes)), { chunk: 200 });
  for (const [key, plan] of plans) if (plan.existing) ids.set(key, plan.existing.id);
  return ids;
}

async function writeUsers(manager: EntityManager, plans: UserPlan[], organisationIds: Map<string, string>): Promise<void> {
  const repository = manager.getRepository(User);
  const created = plans.filter((plan) => plan.action === 'create');
  if (created.length) {
    const passwordHash = await unusablePasswordHash();
    await repository.save(
      created.map(({ person, organisationKey: key }) =>
        repository.create({
          email: person.email,
          passwordHash,
          passwordSetAt: null, // never chose one: inviteMembers will invite them
          fullName: person.fullName,
          phone: person.phone ?? null,
          role: person.role,
          organisationId: organisationIds.get(key)!,
          preferredLanguage: person.preferredLanguage ?? LanguageCode.fr,
          status: UserStatus.ACTIVE,
        }),
      ),
      { chunk: 200 },
    );
  }
  const updated = plans.filter((plan) => plan.action === 'update');
  await repository.save(updated.map(({ existing, changes }) => repository.merge(existing!, changes)), { chunk: 200 });
}

/**
 * The argon2id hash of a random secret nobody keeps: a real hash, so sign-in verifies it at the
 * usual cost (an imported account is not told apart by timing) and always fails. One per import,
 * shared by its new users, since hashing 5,000 secrets would take minutes. They choose a password
 * from an invitation (inviteMembers) or a password reset.
 */
function unusablePasswordHash(): Promise<string> {
  return hash(randomBytes(32).toString('base64url'));
}

function toReport(file: ParsedMemberFile, plan: ImportPlan, dryRun: boolean, language: LanguageCode): ImportReport {
  const problems = [...file.problems, ...plan.problems].sort((a, b) => a.line - b.line);
  const errorRows = linesOf(problems).size;
  const count = (plans: { action: Action }[], action: Action) => plans.filter((p) => p.action === action).length;
  const organisations = [...plan.organisations.values()];
  return {
    dryRun,
    rows: file.rows,
    okRows: file.rows - errorRows,
    errorRows,
    problems: problems.map((p) => render(p, language)),
    warnings: [...file.warnings, ...plan.warnings].sort((a, b) => a.line - b.line).map((p) => render(p, language)),
    organisationsCreated: count(organisations, 'create'),
    organisationsUpdated: count(organisations, 'update'),
    usersCreated: count(plan.users, 'create'),
    usersUpdated: count(plan.users, 'update'),
    unchanged: plan.unchangedRows,
  };
}

function render(problem: RowProblem, language: LanguageCode): ImportProblem {
  return { line: problem.line, field: problem.field, reason: translate(problem.reason, language, problem.params) };
}

function linesOf(problems: RowProblem[]): Set<number> {
  return new Set(problems.map((p) => p.line));
}
