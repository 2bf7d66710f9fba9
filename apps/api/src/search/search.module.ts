import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { conceptIndexProvider, LiveConceptIndex } from './concept-index.provider';
import { ConceptsResolver, NeedConceptsResolver, ProfileConceptsResolver } from './concepts.resolver';
import { ConceptsService } from './concepts.service';
import { ReindexService } from './reindex.service';
import { SearchDocumentsService } from './search-documents.service';
import { searchEngineProvider } from './search-engine.provider';
import { SearchIndexer } from './search-indexer.service';
import { SearchIndexes } from './search-indexes';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { ZeroHitQueries } from './zero-hit-queries';

@Module({
  imports: [NeedsModule, ProfilesModule],
  providers: [
    SearchResolver,
    SearchService,
    ConceptsService,
    ConceptsResolver,
    NeedConceptsResolver,
    ProfileConceptsResolver,
    searchEngineProvider,
    LiveConceptIndex,
    ZeroHitQueries,
    conceptIndexProvider,
    SearchIndexes,
    SearchDocumentsService,
    SearchIndexer,
    ReindexService,
  ],
  exports: [SearchIndexer, ReindexService, SearchDocumentsService, SearchIndexes, LiveConceptIndex, conceptIndexProvider, searchEngineProvider],
})
export class SearchModule {}
