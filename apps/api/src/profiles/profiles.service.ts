import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ConnectionShape, PageArgs, paginate } from '../common/connection';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { User } from '../members/user.entity';
import { ProfileFilter } from './dto/profile-filter.input';
import { ProfileInput } from './dto/profile.input';
import { profileVisibleTo } from './profile-policy';
import { ResearcherProfile } from './researcher-profile.entity';

@Injectable()
export class ProfilesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(viewer: Viewer, filter: ProfileFilter = {}, page: PageArgs): Promise<ConnectionShape<ResearcherProfile>> {
    const query = this.visibleTo(viewer, filter.includeArchived ?? false);
    if (filter.availability) query.andWhere('p.availability = :availability', { availability: filter.availability });
    if (filter.language) query.andWhere(':language = ANY(p.languages)', { language: filter.language });
    if (filter.organisationId) {
      query.andWhere('p.user_id IN (SELECT id FROM users WHERE organisation_id = :org)', { org: filter.organisationId });
    }
    return paginate(query, page);
  }

  async get(viewer: Viewer, id: string): Promise<ResearcherProfile> {
    const profile = await this.visibleTo(viewer, true).andWhere('p.id = :id', { id }).getOne();
    if (!profile) throw new NotFoundError('ResearcherProfile', id);
    return profile;
  }

  /** The profiles among `ids` the viewer may see (archived excluded). */
  findVisible(viewer: Viewer, ids: string[]): Promise<ResearcherProfile[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.visibleTo(viewer, false).andWhere('p.id IN (:...ids)', { ids }).getMany();
  }

  mine(viewer: Viewer): Promise<ResearcherProfile | null> {
    return this.db.getRepository(ResearcherProfile).findOneBy({ userId: viewer.id });
  }

  /** A researcher keeps one profile: the first save creates it, later saves replace it. */
  async saveMine(viewer: Viewer, input: ProfileInput): Promise<ResearcherProfile> {
    if (viewer.role !== Role.RESEARCHER) throw new ForbiddenError('forbiddenRole', { roles: 'RESEARCHER' });
    const existing = await this.mine(viewer);
    return this.save(existing ?? this.db.getRepository(ResearcherProfile).create({ userId: viewer.id }), input);
  }

  /** Staff may create or correct the profile of any researcher (e.g. after an interview). */
  async saveFor(viewer: Viewer, userId: string, input: ProfileInput): Promise<ResearcherProfile> {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new NotFoundError('User', userId);
    if (user.role !== Role.RESEARCHER) throw InvalidInputError.field('userId', 'organisationKindMismatch');
    const existing = await this.db.getRepository(ResearcherProfile).findOneBy({ userId });
    return this.save(existing ?? this.db.getRepository(ResearcherProfile).create({ userId }), input);
  }

  async archive(viewer: Viewer, id: string): Promise<ResearcherProfile> {
    const profile = await this.get(viewer, id);
    if (!isStaff(viewer) && profile.userId !== viewer.id) throw new ForbiddenError();
    profile.archivedAt ??= new Date();
    return this.db.getRepository(ResearcherProfile).save(profile);
  }

  private save(profile: ResearcherProfile, input: ProfileInput): Promise<ResearcherProfile> {
    if (input.trlMax < input.trlMin) throw InvalidInputError.field('trlMax', 'trlRange');
    return this.db.getRepository(ResearcherProfile).save({
      ...profile,
      ...input,
      keywords: unique(input.keywords),
      techniques: unique(input.techniques),
      equipment: unique(input.equipment),
      languages: [...new Set(input.languages)],
      publications: input.publications.map((p) => ({ title: p.title, abstract: p.abstract, year: p.year, doi: p.doi ?? null })),
      archivedAt: null,
    });
  }

  /** The rule is profile-policy.ts's. */
  private visibleTo(viewer: Viewer, includeArchived: boolean): SelectQueryBuilder<ResearcherProfile> {
    return this.db.getRepository(ResearcherProfile).createQueryBuilder('p').where(profileVisibleTo(viewer, 'p', includeArchived));
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
