import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PipelineFilter } from '../brokering/dto/pipeline-filter.input';
import { OptionalIdPipe } from '../common/validation';
import { Language, languageFromHeader } from '../common/i18n-messages';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { AnalyticsService } from './analytics.service';
import { KpiFilter } from './dto/kpi-filter.input';
import { CsvFile, DeclineFeedback, EventsKpis, Kpis } from './kpis.model';
import { StaffOnly } from '../common/roles.decorator';

/** The KPI page's queries and exports; also resolves `Kpis.events`. */
@Resolver(() => Kpis)
export class AnalyticsResolver {
  constructor(private readonly service: AnalyticsService) {}

  @StaffOnly()
  @Query(() => Kpis, { description: 'Staff: the funnel from needs to collaborations, overall, by sector and by month' })
  kpis(@CurrentViewer() viewer: Viewer, @Args('filter', { type: () => KpiFilter, nullable: true }) filter?: KpiFilter) {
    return this.service.kpis(viewer, filter);
  }

  @StaffOnly()
  @Query(() => [DeclineFeedback], { description: 'Staff: decline reasons for a need, a researcher, or overall' })
  declineFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('needId', { type: () => ID, nullable: true }, OptionalIdPipe) needId?: string | null,
    @Args('researcherProfileId', { type: () => ID, nullable: true }, OptionalIdPipe) researcherProfileId?: string | null,
  ) {
    return this.service.declineFeedback(viewer, needId ?? null, researcherProfileId ?? null);
  }

  @StaffOnly()
  @Query(() => CsvFile, {
    description:
      'Staff: the pipeline as CSV (same filter as `pipeline`; with `period`, the matches that moved in it). Headings and labels in the request’s language (Accept-Language, else the viewer’s); codes and UTC instants keep their own columns',
  })
  exportMatches(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('filter', { type: () => PipelineFilter, nullable: true }) filter?: PipelineFilter,
    @Args('period', { type: () => KpiFilter, nullable: true, description: 'The KPI page’s period and sector' }) period?: KpiFilter | null,
  ) {
    return this.service.exportMatches(viewer, filter ?? {}, readerLanguage(viewer, context), period ?? null);
  }

  @StaffOnly()
  @Query(() => CsvFile, { description: 'Staff: needs posted in the period as CSV, with their match counts, in the request’s language (as exportMatches)' })
  exportNeeds(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext, @Args('filter', { type: () => KpiFilter, nullable: true }) filter?: KpiFilter) {
    return this.service.exportNeeds(viewer, filter, readerLanguage(viewer, context));
  }

  @StaffOnly()
  @Query(() => CsvFile, { description: 'Staff: the brokerage days of the period (as `kpis.events`) as CSV, one row per event, in the request’s language (as exportMatches)' })
  exportEvents(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext, @Args('filter', { type: () => KpiFilter, nullable: true }) filter?: KpiFilter) {
    return this.service.exportEvents(viewer, filter, readerLanguage(viewer, context));
  }

  @ResolveField(() => EventsKpis, { description: 'The brokerage days whose first day falls in the period, with their figures (the sector filter does not apply)' })
  events(@CurrentViewer() viewer: Viewer, @Parent() kpis: Kpis) {
    return this.service.eventKpis(viewer, { from: kpis.from, to: kpis.to });
  }
}

/** The language the reader reads the page in (the web client sends it as Accept-Language), else their account's. */
function readerLanguage(viewer: Viewer, context: GraphQLContext): Language {
  return languageFromHeader(context.req?.headers['accept-language']) ?? (viewer.language as Language) ?? 'fr';
}
