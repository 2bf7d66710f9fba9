import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { perRequest } from '../common/per-request-loader';
import { GraphQLContext } from '../common/viewer';
import { NeedMatchCounts } from './need-match-counts.model';

const NONE: NeedMatchCounts = { total: 0, proposed: 0, introduced: 0, collaborating: 0 };

/**
 * Batches what a page of needs asks for beyond their rows: one query per kind and request.
 * Rows are read as stored: the resolver has already applied NeedsService's rules.
 */
@Injectable()
export class NeedsLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  matchCounts(context: GraphQLContext, needId: string): Promise<NeedMatchCounts> {
    return perRequest(context, 'needs.matchCounts', () => new DataLoader<string, NeedMatchCounts>((ids) => this.countMatches([...ids]))).load(needId);
  }

  /** A stage reached implies the earlier ones (a match proposed to two sides that had both said yes goes straight to INTRODUCED). */
  private async countMatches(ids: string[]): Promise<NeedMatchCounts[]> {
    const rows: (NeedMatchCounts & { needId: string })[] = await this.db.query(
      `SELECT need_id AS "needId",
              count(*)::int AS total,
              count(*) FILTER (WHERE coalesce(proposed_at, introduced_at, collaboration_started_at) IS NOT NULL)::int AS proposed,
              count(*) FILTER (WHERE coalesce(introduced_at, collaboration_started_at) IS NOT NULL)::int AS introduced,
              count(*) FILTER (WHERE collaboration_started_at IS NOT NULL)::int AS collaborating
         FROM matches WHERE need_id = ANY($1::uuid[]) GROUP BY need_id`,
      [ids],
    );
    const byNeed = new Map(rows.map(({ needId, ...counts }) => [needId, counts]));
    return ids.map((id) => byNeed.get(id) ?? NONE);
  }
}
