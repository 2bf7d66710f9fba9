import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../database/unique-violation';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Viewer } from '../common/viewer';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationChoice, SignUpOrganisationsArgs } from './dto/sign-up-organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { MembershipStatus } from './member.enums';
import { organisationPolicy } from './organisation.policy';
import { Organisation } from './organisation.entity';
import { AuditSubject, MemberAuditAction } from './member-audit';
import { foldedSql, foldName } from './name-folding';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(viewer: Viewer, filter: OrganisationFilter = {}, page: PageArgs): Promise<ConnectionShape<Organisation>> {
    // `archived` (staff) picks one side; otherwise includeArchived widens the default (not archived).
    const archived = organisationPolicy.filtersArchived(viewer) ? (filter.archived ?? null) : null;
    const query = this.visibleTo(viewer, archived !== null || (filter.includeArchived ?? false));
    if (archived !== null) query.andWhere(archived ? 'o.archived_at IS NOT NULL' : 'o.archived_at IS NULL');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.sector) query.andWhere(':sector = ANY(o.sectors)', { sector: filter.sector });
    if (filter.membershipStatus) query.andWhere(organisationPolicy.membershipFilter(viewer, 'o', filter.membershipStatus));
    const name = foldName(filter.nameContains?.trim() ?? '');
    if (name) query.andWhere(`${foldedSql('o.name')} LIKE :name`, { name: `%${escapeLike(name)}%` });
    return paginate(query, page);
  }

  /**
   * For visitors signing up: organisations of the cluster one may join (not archived, not
   * themselves waiting for approval), names starting with the query first, then by name.
   */
  signUpChoices(args: SignUpOrganisationsArgs): Promise<OrganisationChoice[]> {
    const folded = foldName(args.query?.trim() ?? '');
    const name = foldedSql('o.name');
    return this.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .select(['o.id AS id', 'o.name AS name', 'o.kind AS kind', 'o.city AS city'])
      .where(organisationPolicy.listedSql('o'))
      .andWhere(`${name} LIKE :contains`, { contains: `%${escapeLike(folded)}%` })
      .orderBy(`${name} LIKE :prefix`, 'DESC')
      .setParameter('prefix', `${escapeLike(folded)}%`)
      .addOrderBy('lower(o.name)')
      .addOrderBy('o.id')
      .limit(args.first)
      .getRawMany<OrganisationChoice>();
  }

  async get(viewer: Viewer, id: string): Promise<Organisation> {
    const organisation = await this.visibleTo(viewer, true).andWhere('o.id = :id', { id }).getOne();
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  /** Staff only: declared on the resolver (@StaffOnly), like archive and unarchive. */
  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<Organisation> {
    return this.db.transaction(async (db) => {
      const organisation = await this.insert(input, MembershipStatus.ACTIVE, db);
      await this.record(db, viewer, MemberAuditAction.ORGANISATION_CREATED, organisation.id, { name: organisation.name });
      return organisation;
    });
  }

  /** Used by sign-up too: a proposed organisation waits for the staff like its first member. */
  async insert(input: CreateOrganisationInput, membershipStatus: MembershipStatus, db = this.db.manager): Promise<Organisation> {
    const repository = db.getRepository(Organisation);
    try {
      return await repository.save(repository.create({ ...input, membershipStatus, description: input.description ?? '' }));
    } catch (error) {
      throw uniqueNameViolation(error) ?? error;
    }
  }

  async update(viewer: Viewer, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.get(viewer, id);
    organisationPolicy.assertMayUpdate(viewer, organisation, Object.keys(definedOnly(input)));
    try {
      const changes = definedOnly(input);
      if (changes.description === null) changes.description = ''; // null clears it, like a blank
      return await this.db.transaction(async (db) => {
        const saved = await db.getRepository(Organisation).save({ ...organisation, ...changes });
        if (changes.membershipStatus && changes.membershipStatus !== organisation.membershipStatus) {
          await this.record(db, viewer, MemberAuditAction.MEMBERSHIP_CHANGED, id, { from: organisation.membershipStatus, to: changes.membershipStatus });
        }
        return saved;
      });
    } catch (error) {
      throw uniqueNameViolation(error) ?? error;
    }
  }

  /** Idempotent: archiving an archived organisation changes nothing and writes no audit entry. */
  archive(viewer: Viewer, id: string): Promise<Organisation> {
    return this.setArchived(viewer, id, true);
  }

  /** Brings an archived organisation back into member lists (its people and needs were never touched). */
  unarchive(viewer: Viewer, id: string): Promise<Organisation> {
    return this.setArchived(viewer, id, false);
  }

  private async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<Organisation> {
    await this.get(viewer, id);
    return this.db.transaction(async (db) => {
      const organisation = await db.getRepository(Organisation).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!!organisation.archivedAt === archived) return organisation;
      organisation.archivedAt = archived ? new Date() : null;
      const saved = await db.getRepository(Organisation).save(organisation);
      const action = archived ? MemberAuditAction.ORGANISATION_ARCHIVED : MemberAuditAction.ORGANISATION_UNARCHIVED;
      await this.record(db, viewer, action, id, { name: organisation.name });
      return saved;
    });
  }

  private record(db: EntityManager, viewer: Viewer, action: string, organisationId: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(db, { actorId: viewer.id, action, subjectType: AuditSubject.ORGANISATION, subjectId: organisationId, details });
  }

  /** organisation.policy.ts as a query of the organisations table aliased `o`. */
  private visibleTo(viewer: Viewer, includeArchived: boolean) {
    return this.db.getRepository(Organisation).createQueryBuilder('o').where(organisationPolicy.visibleTo(viewer, 'o', includeArchived));
  }
}

/** Drops keys the client left out, so an update never blanks a field by omission. */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function uniqueNameViolation(error: unknown): InvalidInputError | null {
  return isUniqueViolation(error) ? InvalidInputError.field('name', 'nameTaken') : null;
}
