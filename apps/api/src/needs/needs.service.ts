import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { FieldProblem, ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { INDUSTRIAL_KINDS, Role } from '../members/member.enums';
import { Organisation } from '../members/organisation.entity';
import { CreateNeedInput } from './dto/create-need.input';
import { NeedFilter } from './dto/need-filter.input';
import { UpdateNeedInput } from './dto/update-need.input';
import { Need } from './need.entity';
import { canSeePoster, needVisibleTo, NO_ORGANISATION } from './need-policy';
import { NeedStatus, NeedVisibility } from './need.enums';


const ALLOWED_STATUS_CHANGES: Record<NeedStatus, NeedStatus[]> = {
  [NeedStatus.DRAFT]: [NeedStatus.OPEN, NeedStatus.CLOSED],
  [NeedStatus.OPEN]: [NeedStatus.IN_PROGRESS, NeedStatus.CLOSED],
  [NeedStatus.IN_PROGRESS]: [NeedStatus.OPEN, NeedStatus.CLOSED],
  [NeedStatus.CLOSED]: [NeedStatus.OPEN],
};

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  list(viewer: Viewer, filter: NeedFilter = {}, page: PageArgs): Promise<ConnectionShape<Need>> {
    const query = this.visibleTo(viewer, filter.includeArchived ?? false);
    if (filter.status?.length) query.andWhere('n.status IN (:...statuses)', { statuses: filter.status });
    if (filter.sector) query.andWhere('n.sector = :sector', { sector: filter.sector });
    if (filter.visibility) query.andWhere('n.visibility = :visibility', { visibility: filter.visibility });
    if (filter.language) query.andWhere('n.language = :language', { language: filter.language });
    if (filter.mine) query.andWhere('n.organisation_id = :mine', { mine: viewer.organisationId ?? NO_ORGANISATION });
    if (filter.organisationId) {
      query.andWhere('n.organisation_id = :filterOrg', { filterOrg: filter.organisationId });
      // Listing by organisation must not unmask that organisation's anonymous needs.
      if (!isStaff(viewer) && filter.organisationId !== viewer.organisationId) query.andWhere('n.anonymous = false');
    }
    return paginate(query, page);
  }

  async get(viewer: Viewer, id: string): Promise<Need> {
    const need = await this.visibleTo(viewer, true).andWhere('n.id = :id', { id }).getOne();
    if (!need) throw new NotFoundError('Need', id);
    return need;
  }

  /** The needs among `ids` the viewer may see (archived excluded), in no particular order. */
  findVisible(viewer: Viewer, ids: string[]): Promise<Need[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.visibleTo(viewer, false).andWhere('n.id IN (:...ids)', { ids }).getMany();
  }

  async create(viewer: Viewer, input: CreateNeedInput, idempotencyKey?: string | null): Promise<Need> {
    const organisationId = await this.organisationToPostFor(viewer, input.organisationId ?? null);
    const status = input.status ?? NeedStatus.OPEN;
    if (status !== NeedStatus.DRAFT && status !== NeedStatus.OPEN) {
      throw InvalidInputError.field('status', 'statusTransition', { from: NeedStatus.DRAFT, to: status });
    }
    assertConsistent(input);
    const { organisationId: _ignored, ...fields } = input;
    const need = {
      ...fields,
      status,
      visibility: input.visibility ?? NeedVisibility.PUBLIC,
      anonymous: input.anonymous ?? false,
      keywords: cleanKeywords(input.keywords ?? []),
      organisationId,
      authorId: viewer.id,
    };
    return this.idempotency.once({
      viewer,
      key: idempotencyKey,
      operation: 'createNeed',
      input,
      create: (manager) => manager.getRepository(Need).save(manager.getRepository(Need).create(need)),
      reload: (id) => this.get(viewer, id),
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateNeedInput): Promise<Need> {
    const need = await this.get(viewer, id);
    assertCanEdit(viewer, need);
    const changes = withoutNulls(input);
    if (changes.status && changes.status !== need.status && !ALLOWED_STATUS_CHANGES[need.status].includes(changes.status)) {
      throw InvalidInputError.field('status', 'statusTransition', { from: need.status, to: changes.status });
    }
    const next = { ...need, ...changes };
    // A deadline is checked when it changes, and when the need is published (or reopened): an old
    // draft whose deadline has passed is not published as if it were still open to answers.
    const reopened = next.status === NeedStatus.OPEN && need.status !== NeedStatus.OPEN;
    assertConsistent(next, reopened || (changes.deadline !== undefined && changes.deadline !== need.deadline));
    if (changes.keywords) next.keywords = cleanKeywords(changes.keywords);
    return this.db.getRepository(Need).save(next);
  }

  async archive(viewer: Viewer, id: string): Promise<Need> {
    const need = await this.get(viewer, id);
    assertCanEdit(viewer, need);
    need.archivedAt ??= new Date();
    return this.db.getRepository(Need).save(need);
  }

  /** Staff, and the need's own organisation, may see who posted an anonymous need (need-policy.ts). */
  canSeePoster(viewer: Viewer | undefined, need: Need): boolean {
    return canSeePoster(viewer, need);
  }

  /** How far the need's matches went (Need.matchCounts): staff, and the need's own organisation. */
  canSeeMatchCounts(viewer: Viewer | undefined, need: Need): boolean {
    if (!viewer) return false;
    return isStaff(viewer) || (viewer.organisationId !== null && viewer.organisationId === need.organisationId);
  }

  /** The rule of need-policy.ts: lists, counts and single reads agree. */
  private visibleTo(viewer: Viewer, includeArchived: boolean): SelectQueryBuilder<Need> {
    return this.db.getRepository(Need).createQueryBuilder('n').andWhere(needVisibleTo(viewer, 'n', includeArchived));
  }

  private async organisationToPostFor(viewer: Viewer, requested: string | null): Promise<string> {
    if (isStaff(viewer)) {
      if (!requested) throw InvalidInputError.field('organisationId', 'organisationRequired');
      const organisation = await this.db.getRepository(Organisation).findOneBy({ id: requested });
      if (!organisation || organisation.archivedAt) throw new NotFoundError('Organisation', requested);
      if (!INDUSTRIAL_KINDS.includes(organisation.kind)) throw InvalidInputError.field('organisationId', 'organisationKindMismatch');
      return organisation.id;
    }
    if (viewer.role !== Role.INDUSTRIAL || !viewer.organisationId) throw new ForbiddenError('forbiddenRole', { roles: 'INDUSTRIAL, STAFF, ADMIN' });
    if (requested && requested !== viewer.organisationId) throw new ForbiddenError('forbiddenOtherOrganisation');
    return viewer.organisationId;
  }
}

function assertCanEdit(viewer: Viewer, need: Need): void {
  if (isStaff(viewer)) return;
  if (viewer.role !== Role.INDUSTRIAL || viewer.organisationId !== need.organisationId) {
    throw new ForbiddenError('forbiddenOtherOrganisation');
  }
}

type NeedFields = Pick<Need, 'trlCurrent' | 'trlTarget'> & Partial<Pick<Need, 'budgetMinMad' | 'budgetMaxMad' | 'deadline'>>;

/** Rules across fields, checked after merging an update into the stored need. */
function assertConsistent(need: NeedFields, checkDeadline = true): void {
  const problems: FieldProblem[] = [];
  if (need.trlTarget < need.trlCurrent) problems.push({ field: 'trlTarget', reason: 'trlOrder' });
  if (need.budgetMinMad != null && need.budgetMaxMad != null && need.budgetMaxMad < need.budgetMinMad) {
    problems.push({ field: 'budgetMaxMad', reason: 'budgetOrder' });
  }
  if (checkDeadline && need.deadline) {
    const deadline = new Date(`${need.deadline}T23:59:59Z`);
    if (Number.isNaN(deadline.getTime())) problems.push({ field: 'deadline', reason: 'isIso8601' });
    else if (deadline.getTime() < Date.now()) problems.push({ field: 'deadline', reason: 'deadlineInPast' });
  }
  if (problems.length) throw new InvalidInputError(problems);
}

/**
 * In an update, null means "leave as is" for the fields that cannot be empty, and "clear"
 * for the optional ones (budget, deadline).
 */
function withoutNulls(input: UpdateNeedInput): Partial<Need> {
  const clearable = new Set(['budgetMinMad', 'budgetMaxMad', 'deadline']);
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && (value !== null || clearable.has(key))),
  ) as Partial<Need>;
}

function cleanKeywords(keywords: string[]): string[] {
  return [...new Set(keywords.map((k) => k.trim()).filter(Boolean))];
}
