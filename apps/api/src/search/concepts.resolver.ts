import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphQLContext, Viewer } from '../common/viewer';
import { Need } from '../needs/need.entity';
import { ResearcherProfile } from '../profiles/researcher-profile.entity';
import { ConceptsService } from './concepts.service';
import { DetectedConcept } from './detected-concept.model';
import { DetectConceptsArgs } from './dto/detect-concepts.args';

@Resolver()
export class ConceptsResolver {
  constructor(private readonly service: ConceptsService) {}

  @Query(() => [DetectedConcept], {
    description: 'Signed-in members: the AGROVOC concepts search and matching would extract from this text, in order of first mention',
  })
  detectConcepts(@CurrentViewer() viewer: Viewer, @Args() args: DetectConceptsArgs): DetectedConcept[] {
    return this.service.detect(args.text, viewer.language);
  }
}

/**
 * `concepts` on needs and profiles: computed from the record's own text once per record and
 * request (the parent was already resolved under the viewer's rules, so nothing new is read).
 */
@Resolver(() => Need)
export class NeedConceptsResolver {
  constructor(private readonly service: ConceptsService) {}

  @ResolveField(() => [DetectedConcept], { description: 'The AGROVOC concepts its search document is tagged with (title, description, keywords)' })
  concepts(@Parent() need: Need, @Context() context: GraphQLContext): DetectedConcept[] {
    const language = context.viewer!.language;
    return memo(context, 'concepts.need', need, () => this.service.ofNeed(need, language));
  }
}

@Resolver(() => ResearcherProfile)
export class ProfileConceptsResolver {
  constructor(private readonly service: ConceptsService) {}

  @ResolveField(() => [DetectedConcept], {
    description: 'The AGROVOC concepts its search document is tagged with (headline, expertise, keywords, techniques, equipment, publication titles)',
  })
  concepts(@Parent() profile: ResearcherProfile, @Context() context: GraphQLContext): DetectedConcept[] {
    const language = context.viewer!.language;
    return memo(context, 'concepts.profile', profile, () => this.service.ofProfile(profile, language));
  }
}

/** One extraction per record (and version) per request, however often the record appears in the response. */
function memo(context: GraphQLContext, key: string, record: { id: string; updatedAt: Date }, compute: () => DetectedConcept[]): DetectedConcept[] {
  let cache = context.loaders.get(key) as Map<string, DetectedConcept[]> | undefined;
  if (!cache) context.loaders.set(key, (cache = new Map()));
  const cacheKey = `${record.id}@${record.updatedAt.getTime()}`;
  let concepts = cache.get(cacheKey);
  if (!concepts) cache.set(cacheKey, (concepts = compute()));
  return concepts;
}
