import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { OrganisationFilter } from './dto/organisation-filter.input';
import { OrganisationChoice, SignUpOrganisationsArgs } from './dto/sign-up-organisations.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { MembershipStatus } from './member.enums';
import { Organisation } from './organisation.entity';
import { foldedSql, foldName } from './name-folding';

/** Fields a member may change on their own organisation; the rest is the staff's. */
const MEMBER_EDITABLE: (keyof UpdateOrganisationInput)[] = ['name', 'sectors', 'city', 'region', 'size', 'description', 'website'];

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(viewer: Viewer, filter: OrganisationFilter = {}, page: PageArgs): Promise<ConnectionShape<Organisation>> {
    const query = this.visibleTo(viewer, filter.includeArchived ?? false);
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.sector) query.andWhere(':sector = ANY(o.sectors)', { sector: filter.sector });
    if (filter.membershipStatus) query.andWhere('o.membership_status = :ms', { ms: filter.membershipStatus });
    if (filter.nameContains) query.andWhere('o.name ILIKE :name', { name: `%${escapeLike(filter.nameContains)}%` });
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
      .where(`o.archived_at IS NULL AND o.membership_status <> 'PENDING'`)
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

  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<Organisation> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    return this.insert(input, MembershipStatus.ACTIVE);
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
    if (!isStaff(viewer)) {
      if (viewer.organisationId !== id) throw new ForbiddenError('forbiddenOtherOrganisation');
      const staffOnly = Object.keys(definedOnly(input)).filter((key) => !MEMBER_EDITABLE.includes(key as keyof UpdateOrganisationInput));
      if (staffOnly.length) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    }
    try {
      const changes = definedOnly(input);
      if (changes.description === null) changes.description = ''; // null clears it, like a blank
      return await this.db.getRepository(Organisation).save({ ...organisation, ...changes });
    } catch (error) {
      throw uniqueNameViolation(error) ?? error;
    }
  }

  async archive(viewer: Viewer, id: string): Promise<Organisation> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const organisation = await this.get(viewer, id);
    organisation.archivedAt ??= new Date();
    return this.db.getRepository(Organisation).save(organisation);
  }

  /** Members see organisations that are not archived and not waiting for approval (except their own); see canSeeOrganisation. */
  private visibleTo(viewer: Viewer, includeArchived: boolean) {
    const query = this.db.getRepository(Organisation).createQueryBuilder('o');
    if (isStaff(viewer)) {
      if (!includeArchived) query.andWhere('o.archived_at IS NULL');
      return query;
    }
    return query.andWhere(
      "(o.id = :ownOrganisation OR (o.archived_at IS NULL AND o.membership_status <> 'PENDING'))",
      { ownOrganisation: viewer.organisationId ?? '00000000-0000-0000-0000-000000000000' },
    );
  }
}

/** The rule of `visibleTo`, for an organisation reached through a nested field. */
export function canSeeOrganisation(viewer: Viewer | undefined, organisation: Organisation): boolean {
  if (!viewer) return false;
  if (isStaff(viewer) || viewer.organisationId === organisation.id) return true;
  return !organisation.archivedAt && organisation.membershipStatus !== MembershipStatus.PENDING;
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
