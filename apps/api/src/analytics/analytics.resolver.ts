import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PipelineFilter } from '../brokering/dto/pipeline-filter.input';
import { OptionalIdPipe } from '../common/validation';
import { CurrentViewer, Viewer } from '../common/viewer';
import { AnalyticsService } from './analytics.service';
import { KpiFilter } from './dto/kpi-filter.input';
import { CsvFile, DeclineFeedback, Kpis } from './kpis.model';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly service: AnalyticsService) {}

  @Query(() => Kpis, { description: 'Staff: the funnel from needs to collaborations, overall, by sector and by month' })
  kpis(@CurrentViewer() viewer: Viewer, @Args('filter', { type: () => KpiFilter, nullable: true }) filter?: KpiFilter) {
    return this.service.kpis(viewer, filter);
  }

  @Query(() => [DeclineFeedback], { description: 'Staff: decline reasons for a need, a researcher, or overall' })
  declineFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId?: string | null,
    @Args('researcherProfileId', { type: () => ID, nullable: true }, OptionalIdPipe) researcherProfileId?: string | null,
  ) {
    return this.service.declineFeedback(viewer, needId ?? null, researcherProfileId ?? null);
  }

  @Query(() => CsvFile, { description: 'Staff: the pipeline as CSV (same filter as `pipeline`)' })
  exportMatches(@CurrentViewer() viewer: Viewer, @Args('filter', { type: () => PipelineFilter, nullable: true }) filter?: PipelineFilter) {
    return this.service.exportMatches(viewer, filter);
  }

  @Query(() => CsvFile, { description: 'Staff: needs posted in the period as CSV, with their match counts' })
  exportNeeds(@CurrentViewer() viewer: Viewer, @Args('filter', { type: () => KpiFilter, nullable: true }) filter?: KpiFilter) {
    return this.service.exportNeeds(viewer, filter);
  }
}
