import { Query, Resolver } from '@nestjs/graphql';
import { StaffOnly } from '../common/roles.decorator';
import { IndexingStatus } from './indexing.model';
import { IndexingService } from './indexing.service';

@Resolver()
export class IndexingResolver {
  constructor(private readonly indexing: IndexingService) {}

  @StaffOnly()
  @Query(() => IndexingStatus, { description: "Staff: whether this instance's search index and matching statistics have applied every change written so far" })
  indexingStatus(): Promise<IndexingStatus> {
    return this.indexing.status();
  }
}
