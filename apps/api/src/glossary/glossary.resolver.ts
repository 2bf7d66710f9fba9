import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '../common/viewer';
import {
  GlossaryEntriesArgs,
  GlossaryEntryIdArgs,
  GlossaryEntryInput,
  GlossarySuggestionsArgs,
  ImportGlossaryInput,
  MergeGlossaryEntriesArgs,
  ThesaurusConceptsArgs,
  UpdateGlossaryEntryArgs,
} from './dto/glossary.input';
import { GlossaryImportService } from './glossary-import.service';
import {
  ConceptRef,
  GlossaryChange,
  GlossaryEntryModel,
  GlossaryImportReport,
  GlossaryOverview,
  GlossarySuggestion,
  ZeroHitQuery,
} from './glossary.model';
import { GlossaryService } from './glossary.service';

/** The cluster glossary: staff only (glossary.policy.ts); members see its concepts in search and matching. */
@Resolver(() => GlossaryEntryModel)
export class GlossaryResolver {
  constructor(
    private readonly glossary: GlossaryService,
    private readonly imports: GlossaryImportService,
  ) {}

  @Query(() => [GlossaryEntryModel], { description: 'Staff only: glossary entries, newest change first (ACTIVE by default)' })
  glossaryEntries(@CurrentViewer() viewer: Viewer, @Args() args: GlossaryEntriesArgs): Promise<GlossaryEntryModel[]> {
    return this.glossary.list(viewer, args);
  }

  @Query(() => GlossaryEntryModel, { description: 'Staff only' })
  glossaryEntry(@CurrentViewer() viewer: Viewer, @Args() { id }: GlossaryEntryIdArgs): Promise<GlossaryEntryModel> {
    return this.glossary.one(viewer, id);
  }

  @Query(() => GlossaryOverview, { description: 'Staff only: counts, and whether the starter glossary may be loaded' })
  glossaryOverview(@CurrentViewer() viewer: Viewer): Promise<GlossaryOverview> {
    return this.glossary.overview(viewer);
  }

  @Query(() => [ConceptRef], { description: 'Staff only: thesaurus and glossary concepts whose labels contain the words (for extends / broader)' })
  thesaurusConcepts(@CurrentViewer() viewer: Viewer, @Args() { search, first }: ThesaurusConceptsArgs): ConceptRef[] {
    return this.glossary.thesaurusConcepts(viewer, search, first);
  }

  @Query(() => [GlossarySuggestion], { description: 'Staff only: words of needs and profiles that map to no concept, most useful first' })
  glossarySuggestions(@CurrentViewer() viewer: Viewer, @Args() { first }: GlossarySuggestionsArgs): Promise<GlossarySuggestion[]> {
    return this.glossary.suggestions(viewer, first);
  }

  @Query(() => [ZeroHitQuery], { description: 'Staff only: searches that found nothing, most frequent first' })
  zeroHitQueries(@CurrentViewer() viewer: Viewer, @Args() { first }: GlossarySuggestionsArgs): Promise<ZeroHitQuery[]> {
    return this.glossary.zeroHitQueries(viewer, first);
  }

  @Query(() => String, { description: 'Staff only: the whole glossary as CSV (UTF-8 with BOM; lists separated by |)' })
  glossaryCsv(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.imports.exportCsv(viewer);
  }

  @Mutation(() => GlossaryChange, { description: 'Staff only' })
  createGlossaryEntry(@CurrentViewer() viewer: Viewer, @Args('input') input: GlossaryEntryInput): Promise<GlossaryChange> {
    return this.glossary.create(viewer, input);
  }

  @Mutation(() => GlossaryChange, { description: 'Staff only' })
  updateGlossaryEntry(@CurrentViewer() viewer: Viewer, @Args() { id, input }: UpdateGlossaryEntryArgs): Promise<GlossaryChange> {
    return this.glossary.update(viewer, id, input);
  }

  @Mutation(() => GlossaryChange, { description: 'Staff only: search and matching stop using the entry' })
  retireGlossaryEntry(@CurrentViewer() viewer: Viewer, @Args() { id }: GlossaryEntryIdArgs): Promise<GlossaryChange> {
    return this.glossary.retire(viewer, id);
  }

  @Mutation(() => GlossaryChange, { description: 'Staff only: a retired entry is used again' })
  restoreGlossaryEntry(@CurrentViewer() viewer: Viewer, @Args() { id }: GlossaryEntryIdArgs): Promise<GlossaryChange> {
    return this.glossary.restore(viewer, id);
  }

  @Mutation(() => GlossaryChange, { description: 'Staff only: the source’s labels join the target; the source becomes MERGED' })
  mergeGlossaryEntries(@CurrentViewer() viewer: Viewer, @Args() { sourceId, targetId }: MergeGlossaryEntriesArgs): Promise<GlossaryChange> {
    return this.glossary.merge(viewer, sourceId, targetId);
  }

  @Mutation(() => GlossaryChange, { description: 'Staff only: loads the shipped starter glossary into an empty glossary' })
  loadStarterGlossary(@CurrentViewer() viewer: Viewer): Promise<GlossaryChange> {
    return this.glossary.loadStarter(viewer);
  }

  @Mutation(() => GlossaryImportReport, { description: 'Staff only: imports a glossary CSV; dryRun (the default) writes nothing' })
  importGlossary(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportGlossaryInput): Promise<GlossaryImportReport> {
    return this.imports.importCsv(viewer, input.csv, input.dryRun);
  }
}
