import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { SearchModule } from '../search/search.module';
import { IndexingResolver } from './indexing.resolver';
import { IndexingService } from './indexing.service';

@Module({ imports: [SearchModule, MatchingModule], providers: [IndexingService, IndexingResolver] })
export class IndexingModule {}
