import { Injectable } from '@nestjs/common';
import { MatcherProvider, MatcherState } from '../matching/matcher.provider';
import { IndexState, SearchIndexer } from '../search/search-indexer.service';
import { IndexingProgress, IndexingStateKind, IndexingStatus } from './indexing.model';

const STATE: Record<IndexState | MatcherState, IndexingStateKind> = {
  current: IndexingStateKind.CURRENT,
  'catching-up': IndexingStateKind.CATCHING_UP,
  rebuilding: IndexingStateKind.REBUILDING,
  refreshing: IndexingStateKind.REFRESHING,
  'on-demand': IndexingStateKind.ON_DEMAND,
};

/** What /health/details says of search and matching, for the staff's pages (the glossary's changes take effect through them). */
@Injectable()
export class IndexingService {
  constructor(
    private readonly indexer: SearchIndexer,
    private readonly matcher: MatcherProvider,
  ) {}

  async status(): Promise<IndexingStatus> {
    const [search, matching] = await Promise.all([this.indexer.backlog(), this.matcher.backlog()]);
    return {
      search: progress(this.indexer.status().state, search),
      matching: progress(this.matcher.status().state, matching),
    };
  }
}

function progress(state: IndexState | MatcherState, backlog: { pending: number; oldestSeconds: number | null } | null): IndexingProgress {
  return { state: STATE[state], pending: backlog?.pending ?? null, oldestSeconds: backlog?.oldestSeconds ?? null };
}
